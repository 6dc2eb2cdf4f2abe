import Foundation
import Glibc

/// Runs `transform` over a stream of inputs on `jobs` threads and hands the outputs to the caller in the order
/// the inputs were produced, whatever order they finish in. Memory stays bounded: the producer waits while
/// `window` inputs, or `maxWeight` of their weight (bytes), are between it and the consumer.
public enum OrderedRunner {
    /// What the caller's poll says: go on, or stop (Ctrl-C).
    ///
    /// `{ interrupted ? .stop : .keepGoing }`.
    public enum Poll {
        /// Go on with the next inputs.
        case keepGoing
        /// Stop: the run ends without waiting for the work in flight.
        case stop
    }

    /// - produce: runs on its own thread (on the calling thread for one job, with `transform` and `consume`
    ///   in turn: `runInline`); calls `emit` for each input, stops when `emit` returns false.
    /// - transform: is handed the only reference to its input (so a large input is let go as soon as it is
    ///   read), on a worker thread.
    /// - consume: runs on the calling thread, in order; `.stop` ends the run.
    /// - tick: called on the calling thread about every `tickInterval` seconds while waiting (progress,
    ///   Ctrl-C); `.stop` ends the run without waiting for the work in flight.
    /// Returns true when every input was consumed, false when stopped.
    @discardableResult
    public static func run<Input: Sendable, Output: Sendable>(
        jobs: Int, window: Int, maxWeight: Int, weight: @escaping @Sendable (Input) -> Int,
        produce: @escaping @Sendable (_ emit: (consuming Input) -> Bool) -> Void,
        transform: @escaping @Sendable (consuming Input) -> Output,
        tickInterval: Double = 0.1, tick: () -> Poll = { .keepGoing },
        consume: (Output) -> Poll
    ) -> Bool {
        if jobs <= 1 { return runInline(produce: produce, transform: transform, tickInterval: tickInterval, tick: tick, consume: consume) }
        let state = RunnerState<Input, Output>()
        let window = max(1, window)
        // The consumer is woken for half a window of outputs in order, not for each: a wake is a
        // futex call and a switch of threads, and one a document cost more than writing it (the
        // archive ×20 on one worker, before one job ran inline: 8,300 context switches → 3,400,
        // system time 0.5 → 0.35 s).
        let wakeRun = max(1, window / 2)
        let producer = Thread {
            produce { input in
                let w = weight(input)
                state.lock()
                defer { state.unlock() }
                while !state.stopped,
                      state.produced - state.consumed >= window || (state.inFlightWeight > 0 && state.inFlightWeight + w > maxWeight) {
                    state.producerWaits = true
                    state.wait(state.space)
                    state.producerWaits = false
                }
                if state.stopped { return false }
                state.queue.append((state.produced, consume input))
                state.weights[state.produced] = w
                state.produced += 1
                state.inFlightWeight += w
                state.signal(state.work)
                return true
            }
            state.lock()
            state.producerDone = true
            state.broadcast(state.work)
            state.signal(state.done)
            state.unlock()
        }
        producer.stackSize = 8 << 20
        producer.start()
        for _ in 0..<max(1, jobs) {
            let worker = Thread {
                while true {
                    state.lock()
                    while state.queueHead == state.queue.count, !state.producerDone, !state.stopped { state.wait(state.work) }
                    if state.stopped || state.queueHead == state.queue.count {
                        state.unlock()
                        return
                    }
                    // The slot lets go of the input: the transform holds its only reference.
                    let (index, input) = state.queue[state.queueHead].take()!
                    state.queueHead += 1
                    if state.queueHead > 1024, state.queueHead * 2 > state.queue.count {
                        state.queue.removeFirst(state.queueHead)
                        state.queueHead = 0
                    }
                    state.unlock()
                    let output = transform(consume input)
                    state.lock()
                    state.results[index] = output
                    if state.mayWakeConsumer(run: wakeRun) { state.signal(state.done) }
                    state.unlock()
                }
            }
            // The parser recurses over the section tree: give workers the main thread's stack size.
            worker.stackSize = 8 << 20
            worker.start()
        }

        var completed = false
        state.lock()
        outer: while true {
            while state.results[state.consumed] == nil {
                if state.producerDone && state.consumed == state.produced { completed = true; break outer }
                state.wait(state.done, seconds: tickInterval)
                state.unlock()
                let poll = tick()
                state.lock()
                if poll == .stop { break outer }
            }
            let output = state.results.removeValue(forKey: state.consumed)!
            state.unlock()
            let poll = consume(output)
            state.lock()
            state.inFlightWeight -= state.weights.removeValue(forKey: state.consumed) ?? 0
            state.consumed += 1
            // A waiting producer is woken when half the window and half the weight are free, so that it
            // reads several inputs a wake, not one.
            if state.producerWaits, state.produced - state.consumed <= window / 2, state.inFlightWeight <= maxWeight / 2 {
                state.signal(state.space)
            }
            if poll == .stop { break }
        }
        state.stopped = !completed
        state.broadcast(state.work)
        state.broadcast(state.space)
        state.unlock()
        return completed
    }
}

extension OrderedRunner {
    /// One job: each input produced, transformed and consumed in turn on the calling thread. With one
    /// worker, the threads of `run` overlap nothing worth their cost: a hand-off and a wake a document,
    /// and each output freed on another core than it was made on (the archive ×20: −6% of the CPU time,
    /// peak memory 65 → 38 MB). `tick` is asked between inputs, about every `tickInterval` seconds, and
    /// once at the end; so a stop (Ctrl-C) waits for the input being transformed.
    fileprivate static func runInline<Input, Output>(
        produce: @escaping (_ emit: (consuming Input) -> Bool) -> Void, transform: (consuming Input) -> Output,
        tickInterval: Double, tick: () -> Poll, consume: (Output) -> Poll
    ) -> Bool {
        var stopped = false
        var lastTick = DispatchTime.now().uptimeNanoseconds
        let interval = UInt64(max(0, tickInterval) * 1e9)
        produce { input in
            if consume(transform(consume input)) == .stop { stopped = true; return false }
            let now = DispatchTime.now().uptimeNanoseconds
            if now - lastTick >= interval {
                lastTick = now
                if tick() == .stop { stopped = true; return false }
            }
            return true
        }
        // The producer may have stopped on its own (an interrupt it saw first): the tick says whether the run is whole.
        return !stopped && tick() == .keepGoing
    }
}

/// The runner's shared state, guarded by one mutex, with a condition for each kind of waiter: the
/// producer waits for `space`, the workers for `work`, the consumer for `done`. Each is woken only by
/// what it waits for (one condition for all woke every thread at every step: four context switches a
/// document).
private final class RunnerState<Input, Output>: @unchecked Sendable {
    // Every field below is guarded by `mutex`.
    /// Inputs in order; a worker empties the slot it takes (`queueHead` moves past it).
    var queue: [(Int, Input)?] = []
    var queueHead = 0
    var results: [Int: Output] = [:]
    var weights: [Int: Int] = [:]
    var produced = 0
    var consumed = 0
    var inFlightWeight = 0
    var producerDone = false
    var producerWaits = false
    var stopped = false

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    let work = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    let done = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    let space = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        for condition in [work, done, space] { pthread_cond_init(condition, nil) }
    }

    deinit {
        for condition in [work, done, space] {
            pthread_cond_destroy(condition)
            condition.deallocate()
        }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Whether a worker that has just stored an output wakes the consumer: the output it waits for is
    /// ready, and so are the `run` outputs from it on, or fewer when no input waits for a worker (the
    /// producer is behind or done, and no more will come soon). Called with the mutex held.
    func mayWakeConsumer(run: Int) -> Bool {
        guard results[consumed] != nil else { return false }
        if queueHead == queue.count || producerDone { return true }
        var ready = 1
        while ready < run, results[consumed + ready] != nil { ready += 1 }
        return ready >= run
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    func wait(_ condition: UnsafeMutablePointer<pthread_cond_t>) { pthread_cond_wait(condition, mutex) }
    func signal(_ condition: UnsafeMutablePointer<pthread_cond_t>) { pthread_cond_signal(condition) }
    func broadcast(_ condition: UnsafeMutablePointer<pthread_cond_t>) { pthread_cond_broadcast(condition) }

    /// Waits at most `seconds` (the consumer's tick).
    func wait(_ condition: UnsafeMutablePointer<pthread_cond_t>, seconds: Double) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int(now.tv_nsec) + Int(seconds * 1e9)
        var until = timespec(tv_sec: now.tv_sec + nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)
        pthread_cond_timedwait(condition, mutex, &until)
    }
}
