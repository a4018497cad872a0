export type { Orders, DealTerms, Party, StatementKind, OrderError, OrderValidation } from './types';
export { STATEMENT_KINDS } from './types';
export { ordersSchema, dealTermsSchema } from './schema';
export { validateOrders, validateDealTerms, type ValidationContext } from './validate';
export { ORDER_LIMITS } from './limits';
export { ERROR_MESSAGES, ERROR_KEYS, formatMessage, type ErrorKey } from './error-keys';
export { blankOrders } from '../engine/defaults';
