#pragma once

namespace replaylab {

/// Runs every BLAS call on the thread that makes it: OpenBLAS (Debian's LibTorch calls it
/// for linear layers and some convolutions) otherwise keeps a pool of one thread per core
/// that spins between the many small calls of a network this size (about 40 % of the CPU
/// went to sched_yield), and the pool's size changes the last digits of some losses, so that
/// the same config gave other bytes on a machine with another number of cores. Parallelism
/// comes from LibTorch's own threads and from simulations at once instead.
/// Returns true when an OpenBLAS was found and set; without one it does nothing.
bool pinBlasToCallingThread();

}  // namespace replaylab
