import type { Orders } from '../../../shared/orders/types';

// The orders this browser sent, per match and seat, so the order history can show the parts no
// report carries (data centres, allocation, statement). Kept in localStorage: a reload or a new
// tab still has them. Storage failing only loses this history, never an order.

const PREFIX = 'computeRace.sent/';
const MAX_QUARTERS = 80;

type Book = Record<string, Orders>;

function read(code: string, role: string): Book {
  try {
    const raw = localStorage.getItem(`${PREFIX}${code}/${role}`);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Book) : {};
  } catch {
    return {};
  }
}

export function rememberSent(code: string, role: string, orders: Orders): void {
  const book = read(code, role);
  book[String(orders.quarter)] = orders;
  const keys = Object.keys(book).map(Number).sort((a, b) => a - b);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_QUARTERS))) delete book[String(k)];
  try {
    localStorage.setItem(`${PREFIX}${code}/${role}`, JSON.stringify(book));
  } catch {
    /* storage full or blocked: the history lacks this quarter's sent orders */
  }
}

export function sentOrders(code: string, role: string): (quarter: number) => Orders | null {
  const book = read(code, role);
  return (quarter) => book[String(quarter)] ?? null;
}
