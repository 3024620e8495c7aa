import type { components } from './schema';

/** Schemas of the API contract (../openapi.yaml), re-exported under short names. */
export type Schemas = components['schemas'];
export type ClientConfig = Schemas['ClientConfig'];
export type Me = Schemas['Me'];
export type Ref = Schemas['Ref'];
export type Country = Schemas['Country'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type Role = Me['roles'][number];
export type MyPreferences = Schemas['MyPreferences'];

export type Ngo = Schemas['Ngo'];
export type ProjectPost = Schemas['ProjectPost'];
export type DonationRequest = Schemas['DonationRequest'];
export type Contribution = Schemas['Contribution'];
export type ContributionStatus = Schemas['ContributionStatus'];
export type Source = Schemas['Source'];
export type CancelRequest = Schemas['CancelRequest'];

export type Activity = Schemas['Activity'];
export type ActivityRequest = Schemas['ActivityRequest'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type Unit = Schemas['Unit'];
export type SponsorMessage = Schemas['SponsorMessage'];
export type PledgeRequest = Schemas['PledgeRequest'];
export type PledgeKind = Schemas['PledgeKind'];
export type SponsorshipPledge = Schemas['SponsorshipPledge'];
export type SponsorshipPledgeStatus = Schemas['SponsorshipPledgeStatus'];
export type ResultRequest = Schemas['ResultRequest'];
export type CloseRequest = Schemas['CloseRequest'];

export type PayrollBatch = Schemas['PayrollBatch'];
export type PayrollBatchRequest = Schemas['PayrollBatchRequest'];
export type CurrencyTotal = Schemas['CurrencyTotal'];
export type MobilePaymentImportResult = Schemas['MobilePaymentImportResult'];
export type MobilePaymentLine = Schemas['MobilePaymentLine'];

export type Board = Schemas['Board'];
export type BoardRow = Schemas['BoardRow'];
export type BoardLevel = Schemas['BoardLevel'];
export type BoardMetric = Schemas['BoardMetric'];
export type BoardRanking = Schemas['BoardRanking'];
export type BoardPeriod = Schemas['BoardPeriod'];
export type BoardValueUnit = Schemas['BoardValueUnit'];

export type Location = Schemas['Location'];
export type Department = Schemas['Department'];

export type Competition = Schemas['Competition'];
export type CompetitionRequest = Schemas['CompetitionRequest'];
export type CompetitionChange = Schemas['CompetitionChange'];
export type CompetitionStatus = Schemas['CompetitionStatus'];
export type CompetitionScope = Schemas['CompetitionScope'];
export type CompetitionStanding = Schemas['CompetitionStanding'];

export type DepartmentCollection = Schemas['DepartmentCollection'];
export type CollectionRequest = Schemas['CollectionRequest'];
export type CollectionMethod = Schemas['CollectionMethod'];

export type Screen = Schemas['Screen'];
export type ScreenRequest = Schemas['ScreenRequest'];
export type ScreenBoard = Schemas['ScreenBoard'];
export type ScreenPeriod = Schemas['ScreenPeriod'];

export type OpportunitySummary = Schemas['OpportunitySummary'];
export type Opportunity = Schemas['Opportunity'];
export type OpportunityRequest = Schemas['OpportunityRequest'];
export type Shift = Schemas['Shift'];
export type ShiftRequest = Schemas['ShiftRequest'];
export type ShiftVolunteer = Schemas['ShiftVolunteer'];
export type PlaceKind = Schemas['PlaceKind'];
export type MyShift = Schemas['MyShift'];
export type SignupStatus = Schemas['SignupStatus'];
export type HourLog = Schemas['HourLog'];
export type HourLogStatus = Schemas['HourLogStatus'];
export type HourRequest = Schemas['HourRequest'];
export type GrantPolicy = Schemas['GrantPolicy'];
export type GrantPolicyRequest = Schemas['GrantPolicyRequest'];

export type Dashboard = Schemas['Dashboard'];
export type ReportRow = Schemas['ReportRow'];
export type ReportSeriesPoint = Schemas['ReportSeriesPoint'];
export type ReportGranularity = Schemas['ReportGranularity'];
export type ReportGrouping = Schemas['ReportGrouping'];

export type CorporateDonation = Schemas['CorporateDonation'];
export type CorporateDonationRequest = Schemas['CorporateDonationRequest'];
export type CorporateSplit = Schemas['CorporateSplit'];
export type CorporateSplitPart = Schemas['CorporateSplitPart'];
export type CorporateSplitRequest = Schemas['CorporateSplitRequest'];
export type CorporateSplitHistoryEntry = Schemas['CorporateSplitHistoryEntry'];
export type MatchRule = Schemas['MatchRule'];
export type MatchRuleRequest = Schemas['MatchRuleRequest'];

export type ErasureRequest = Schemas['ErasureRequest'];
export type ErasureStatus = Schemas['ErasureStatus'];
export type ErasureRequestBody = Schemas['ErasureRequestBody'];
export type RefusalRequest = Schemas['RefusalRequest'];
