import CMemory
import KHParse

/// After a large input's document is done with, the allocator gives its free memory back
/// (`khmemory_give_back_free`, malloc_trim): the document was freed on another thread than the one that
/// made it, or left holes the next one did not fill, and the run's resident memory grew with each large
/// input. Five 51 MB plans through `batch`: -j 1 297 → 233 MB (one plan's peak), -j 2 513 → 349 MB (344 MB
/// for three); three through `check --format json`: -j 1 413 → 354 MB, -j 2 586 → 494 MB (`check` keeps every
/// finding to the end: about 60 MB a plan of 108,000 tasks).
/// Small inputs never trim. `batch` and `check` call `done(inputBytes:)` as they take each result, and
/// `giveBack()` at their next result or tick, once the runner has freed it.
struct LargeInputMemory {
    private var largeDone = false

    mutating func done(inputBytes: Int?) { largeDone = (inputBytes ?? 0) >= BatchLine.streamedFromBytes }

    mutating func giveBack() {
        if largeDone { _ = khmemory_give_back_free() }
        largeDone = false
    }
}
