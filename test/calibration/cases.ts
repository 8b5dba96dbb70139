// The calibration set, one case a file (see case.ts): benign and benign-with-conditions work
// first, then high and critical.
import type { CalibrationCase } from "./case";
import { clinicalTrialSampleLogistics } from "./clinical-trial-sample-logistics";
import { conferenceInterpretation } from "./conference-interpretation";
import { consumerInterviewsEvOwners } from "./consumer-interviews-ev-owners";
import { deskResearchNamedSuppliers } from "./desk-research-named-suppliers";
import { deskResearchUnnamedEndClient } from "./desk-research-unnamed-end-client";
import { droneSurveyNoFlightApproval } from "./drone-survey-no-flight-approval";
import { environmentalBaselineSurvey } from "./environmental-baseline-survey";
import { expertNetworkAerospaceCalls } from "./expert-network-aerospace-calls";
import { hostedFactoryAudit } from "./hosted-factory-audit";
import { licensedConsumerSurvey } from "./licensed-consumer-survey";
import { licensedSurveyApprovalUnknown } from "./licensed-survey-approval-unknown";
import { listChecksNotYetDone } from "./list-checks-not-yet-done";
import { listedParentManualTranslation } from "./listed-parent-manual-translation";
import { marketEntrySolarDeskStudy } from "./market-entry-solar-desk-study";
import { radioScanPortsAirport } from "./radio-scan-ports-airport";
import { railwaySignalsBeforeSigning } from "./railway-signals-before-signing";
import { railwaySignalsMidProject } from "./railway-signals-mid-project";
import { railwaySignalsSecondCompany } from "./railway-signals-second-company";
import { remoteAccessPlantData } from "./remote-access-plant-data";
import { softwareOutsourcingTestData } from "./software-outsourcing-test-data";
import { surveyRunByClientStaff } from "./survey-run-by-client-staff";
import { surveyingByProxyDrivingData } from "./surveying-by-proxy-driving-data";
import { translationArbitrationBundle } from "./translation-arbitration-bundle";
import { weatherStationsAutoUpload } from "./weather-stations-auto-upload";
import { websiteLocalisation } from "./website-localisation";
import { appDevSyntheticClientRepo } from "./app-dev-synthetic-client-repo";
import { supplierTopCustomersMayBeSecret } from "./supplier-top-customers-may-be-secret";
import { droneDocumentaryBorderNoPermits } from "./drone-documentary-border-no-permits";
import { droneDocumentaryPermitsHeld } from "./drone-documentary-permits-held";
import { tradeFairInterpretersAssociation } from "./trade-fair-interpreters-association";
import { ngoFundedVillageWaterInterviews } from "./ngo-funded-village-water-interviews";
import { surveyingChangeRequestAdditions } from "./surveying-change-request-additions";
import { listedCounterpartyDiscretion } from "./listed-counterparty-discretion";
import { covertInstructionsPortPhotos } from "./covert-instructions-port-photos";
import { vagueEndClientSecretTerms } from "./vague-end-client-secret-terms";
import { transcriptsAbroadContradictedControl } from "./transcripts-abroad-contradicted-control";
import { licensingOwnPortDataFeed } from "./licensing-own-port-data-feed";
import { shipbuildingExpertCalls } from "./shipbuilding-expert-calls";
import { machineManualTranslationUnclassified } from "./machine-manual-translation-unclassified";
import { gridStudyCoreDataPossibly } from "./grid-study-core-data-possibly";

export const CALIBRATION_CASES: readonly CalibrationCase[] = [
  translationArbitrationBundle,
  deskResearchNamedSuppliers,
  licensedConsumerSurvey,
  licensedSurveyApprovalUnknown,
  hostedFactoryAudit,
  softwareOutsourcingTestData,
  clinicalTrialSampleLogistics,
  consumerInterviewsEvOwners,
  marketEntrySolarDeskStudy,
  conferenceInterpretation,
  websiteLocalisation,
  environmentalBaselineSurvey,
  listChecksNotYetDone,
  // Checklist 2026.4 (issue 26).
  appDevSyntheticClientRepo,
  supplierTopCustomersMayBeSecret,
  droneDocumentaryPermitsHeld,
  tradeFairInterpretersAssociation,
  ngoFundedVillageWaterInterviews,
  licensingOwnPortDataFeed,
  shipbuildingExpertCalls,
  machineManualTranslationUnclassified,
  gridStudyCoreDataPossibly,
  // High and critical.
  railwaySignalsBeforeSigning,
  railwaySignalsMidProject,
  railwaySignalsSecondCompany,
  surveyingByProxyDrivingData,
  weatherStationsAutoUpload,
  expertNetworkAerospaceCalls,
  listedParentManualTranslation,
  radioScanPortsAirport,
  droneSurveyNoFlightApproval,
  remoteAccessPlantData,
  deskResearchUnnamedEndClient,
  surveyRunByClientStaff,
  droneDocumentaryBorderNoPermits,
  surveyingChangeRequestAdditions,
  listedCounterpartyDiscretion,
  covertInstructionsPortPhotos,
  vagueEndClientSecretTerms,
  transcriptsAbroadContradictedControl,
];
