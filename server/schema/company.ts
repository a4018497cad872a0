import { COMPANY } from '../../shared/wire/tables';
import { schemaOf } from './build';

// Every company's public figures and per-quarter history (the engine's PublicCompany, built from
// its wire table in shared/wire/tables.ts; cloud.* travels as cloudStatus, cloudReadyQuarter, …).

export const CompanySchema = schemaOf(COMPANY);
