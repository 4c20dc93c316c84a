// The V8 flags the API process runs with, wherever this repository starts it: `pnpm start`
// (package.json), the Docker image (Dockerfile CMD), the e2e server and the benchmarks (which give
// the same flags to the bare ceiling servers, so the API is compared with a server tuned alike).
// scripts/server-node-flags.spec.ts checks that package.json and the Dockerfile say the same.
//
// --max-semi-space-size=64 (MB; V8's default ceiling is 16): the young generation may grow to four
// times its default under load, so at a busy catalog's allocation rate a scavenge comes every
// ~400 ms instead of every ~100 ms. At 100 ms, the API under 50 connections (sharing 10 database
// connections, so a request waits 50-300 ms) fell in some runs into a state where each scavenge
// promoted 1.7 MB and took 5-7 ms (--trace-gc-nvp, uncached listing), the old generation grew by
// 16 MB/s with a full collection every few seconds, and an answer cost up to 45 % more CPU
// (`pnpm bench`: 854 against 585 us in the two rounds of one run). With 64 MB: 40-760 KB promoted
// and 1.5-4 ms per scavenge, four times rarer. The young generation grows that large only under
// such an allocation rate; an idle shop's stays small.
export const SERVER_NODE_FLAGS = Object.freeze(['--max-semi-space-size=64']);
