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
