// The load comes from many villagers, each from their own address: the app throttles ballot-code
// look-ups and open-data downloads per client address, which it takes from X-Forwarded-For (the
// first entry, as a reverse proxy in front of it would set). Readers and voters draw from separate
// halves of 10.0.0.0/8, a new address per reader request and per voter, so no one address comes
// near a limit, as in a village where every phone is its own.

let readers = 0;
let voters = 0;

const dotted = (half: number, n: number) => `10.${half * 128 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}`;

/** A fresh reader's address (10.0.0.1 onwards). */
export const readerAddress = () => dotted(0, ++readers);

/** A fresh voter's address (10.128.0.1 onwards). */
export const voterAddress = () => dotted(1, ++voters);
