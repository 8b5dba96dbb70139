/** "per client's letter of 20 November 2026", beside an answer that came from the client. */
export function ClientAnswerMark({ note, date }: { note: string; date: string }) {
  return (
    <span className="client-answer-mark" data-client-letter={date}>
      {note}
    </span>
  );
}
