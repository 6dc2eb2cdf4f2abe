import Foundation

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

    /// - produce: runs on its own thread; calls `emit` for each input, stops when `emit` returns false.
    /// - consume: runs on the calling thread, in order; `.stop` ends the run.
    /// - tick: called on the calling thread about every `tickInterval` seconds while waiting (progress,
    ///   Ctrl-C); `.stop` ends the run without waiting for the work in flight.
    /// Returns true when every input was consumed, false when stopped.
    @discardableResult
    public static func run<Input: Sendable, Output: Sendable>(
        jobs: Int, window: Int, maxWeight: Int, weight: @escaping @Sendable (Input) -> Int,
        produce: @escaping @Sendable (_ emit: (Input) -> Bool) -> Void,
        transform: @escaping @Sendable (Input) -> Output,
        tickInterval: Double = 0.1, tick: () -> Poll = { .keepGoing },
        consume: (Output) -> Poll
    ) -> Bool {
        let state = RunnerState<Input, Output>()
        let window = max(1, window)
        let producer = Thread {
            produce { input in
                let w = weight(input)
                state.condition.lock()
                defer { state.condition.unlock() }
                while !state.stopped,
                      state.produced - state.consumed >= window || (state.inFlightWeight > 0 && state.inFlightWeight + w > maxWeight) {
                    state.condition.wait()
                }
                if state.stopped { return false }
                state.queue.append((state.produced, input))
                state.weights[state.produced] = w
                state.produced += 1
                state.inFlightWeight += w
                state.condition.broadcast()
                return true
            }
            state.condition.lock()
            state.producerDone = true
            state.condition.broadcast()
            state.condition.unlock()
        }
        producer.stackSize = 8 << 20
        producer.start()
        for _ in 0..<max(1, jobs) {
            let worker = Thread {
                while true {
                    state.condition.lock()
                    while state.queueHead == state.queue.count, !state.producerDone, !state.stopped { state.condition.wait() }
                    if state.stopped || state.queueHead == state.queue.count {
                        state.condition.unlock()
                        return
                    }
                    let (index, input) = state.queue[state.queueHead]
                    state.queueHead += 1
                    if state.queueHead > 1024, state.queueHead * 2 > state.queue.count {
                        state.queue.removeFirst(state.queueHead)
                        state.queueHead = 0
                    }
                    state.condition.unlock()
                    let output = transform(input)
                    state.condition.lock()
                    state.results[index] = output
                    state.condition.broadcast()
                    state.condition.unlock()
                }
            }
            // The parser recurses over the section tree: give workers the main thread's stack size.
            worker.stackSize = 8 << 20
            worker.start()
        }

        var completed = false
        state.condition.lock()
        outer: while true {
            while state.results[state.consumed] == nil {
                if state.producerDone && state.consumed == state.produced { completed = true; break outer }
                _ = state.condition.wait(until: Date(timeIntervalSinceNow: tickInterval))
                state.condition.unlock()
                let poll = tick()
                state.condition.lock()
                if poll == .stop { break outer }
            }
            let output = state.results.removeValue(forKey: state.consumed)!
            state.condition.unlock()
            let poll = consume(output)
            state.condition.lock()
            state.inFlightWeight -= state.weights.removeValue(forKey: state.consumed) ?? 0
            state.consumed += 1
            state.condition.broadcast()
            if poll == .stop { break }
        }
        state.stopped = !completed
        state.condition.broadcast()
        state.condition.unlock()
        return completed
    }
}

private final class RunnerState<Input, Output>: @unchecked Sendable {
    // Every field below is guarded by `condition`.
    let condition = NSCondition()
    var queue: [(Int, Input)] = []
    var queueHead = 0
    var results: [Int: Output] = [:]
    var weights: [Int: Int] = [:]
    var produced = 0
    var consumed = 0
    var inFlightWeight = 0
    var producerDone = false
    var stopped = false
}
