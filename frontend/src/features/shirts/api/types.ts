import type { Schemas } from '@/lib/api';

/** The shirt feature's shapes, from the API contract. */
export type ShirtCampaign = Schemas['ShirtCampaign'];
export type ShirtCampaignRequest = Schemas['ShirtCampaignRequest'];
export type ShirtCampaignSummary = Schemas['ShirtCampaignSummary'];
export type ShirtOrder = Schemas['ShirtOrder'];
export type ShirtOrderRequest = Schemas['ShirtOrderRequest'];
export type ShirtOrderStatus = Schemas['ShirtOrderStatus'];
export type PrinterSheet = Schemas['PrinterSheet'];
export type PrintRun = Schemas['PrintRun'];
export type PrintRunRequest = Schemas['PrintRunRequest'];
