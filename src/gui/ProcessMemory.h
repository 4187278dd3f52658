#pragma once

namespace hc {

// Called first thing by the console (and by its benchmark, to measure the same process). glibc gives each thread
// that allocates its own heap arena and rarely returns their memory: after a bulk decision on a worker thread the
// console held 545 MB for a 250 MB heap peak (1 M records, 100 000 selected). One arena: 333 MB, same times
// (tests/bench, headcount-bench-gui bulk). Elsewhere it does nothing.
void useOneHeapArena();

} // namespace hc
