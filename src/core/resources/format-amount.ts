/** An amount as a message or an annex shows it: whole units, thousands separated, with the currency if any. */
export const formatAmount = (amount: number, currency: string | null): string => {
  const rounded = Math.round(amount);
  const digits = Math.abs(rounded)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${digits}${currency ? ` ${currency}` : ""}`;
};
