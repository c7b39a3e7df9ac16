namespace CoeReview.RduSim.Simulation;

internal static partial class NodeSimulator
{
    /// <summary>Lanes, residency and accumulators of one run.</summary>
    private sealed class RunState
    {
        private readonly SimSetup _setup;
        private readonly Capacity _capacity;
        private readonly CostModel[] _cost;
        private readonly CostModel? _router;
        private readonly double[] _laneFree;
        private readonly Residency[] _residency;
        private readonly int[] _groupStamp;
        private readonly int[] _groupOf;
        private readonly List<List<int>> _groups = [];
        private readonly int[] _switches;
        private readonly double[] _switchMs;
        private readonly double[] _prefillMs;
        private readonly double[] _decodeMs;
        private readonly int[] _requests;
        private readonly long[] _promptTokens;
        private readonly long[] _outputTokens;
        private readonly List<TimelineEvent> _timeline = [];
        private readonly List<OccupancySample> _occupancy = [];
        private int _batchIndex;
        private double _routerMs;
        private double _latencySum;
        private double _serviceSum;
        private double _batchRouterMs;
        private long _outputSum;

        public RunState(SimSetup setup, Capacity capacity)
        {
            _setup = setup;
            _capacity = capacity;
            var byShape = new Dictionary<Models.ModelShape, CostModel>();
            _cost = Enumerable.Range(0, setup.Experts).Select(e =>
            {
                var shape = setup.ModelOf(e);
                if (!byShape.TryGetValue(shape, out var cost))
                {
                    byShape[shape] = cost = new CostModel(setup.Hardware, shape, setup.Tp, setup.PageableHost);
                }

                return cost;
            }).ToArray();
            _router = setup.RouterModel is { } r ? new CostModel(setup.Hardware, r, setup.Tp, setup.PageableHost) : null;
            var n = setup.Experts;
            _laneFree = new double[setup.Lanes];
            var pinned = HotExperts(setup, capacity.Slots);
            var sizes = Enumerable.Range(0, n).Select(e => setup.ModelOf(e).WeightBytes).ToArray();
            _residency = Enumerable.Range(0, setup.Lanes).Select(_ => new Residency(sizes, capacity.ExpertBytesCapacity, pinned)).ToArray();
            _groupStamp = new int[n];
            Array.Fill(_groupStamp, -1);
            _groupOf = new int[n];
            _switches = new int[n];
            _switchMs = new double[n];
            _prefillMs = new double[n];
            _decodeMs = new double[n];
            _requests = new int[n];
            _promptTokens = new long[n];
            _outputTokens = new long[n];
        }

        public void RunBatch(int first, int count)
        {
            var requests = _setup.Requests;
            var routerLane = _batchIndex % _laneFree.Length;
            var batchStart = _laneFree[routerLane];
            var routerEnd = batchStart;
            if (_router is not null)
            {
                double tokens = 0, squares = 0;
                for (var i = first; i < first + count; i++)
                {
                    double p = requests[i].PromptTokens;
                    tokens += p;
                    squares += p * p;
                }

                var ms = _router.PrefillMs(tokens, squares) + _router.DecodeStepsMs(count, tokens + count, 0, _setup.RouterOutputTokens - 1);
                _batchRouterMs = ms;
                routerEnd = batchStart + ms;
                _routerMs += ms;
                _laneFree[routerLane] = routerEnd;
                Record(routerLane, -1, SimPhase.Router, batchStart, routerEnd);
            }

            var groupCount = 0;
            for (var i = first; i < first + count; i++)
            {
                var e = requests[i].Expert;
                if ((uint)e >= (uint)_setup.Experts)
                {
                    throw new SimInputException($"request {i} names expert {e}; experts are 0..{_setup.Experts - 1}");
                }

                if (_groupStamp[e] != _batchIndex)
                {
                    _groupStamp[e] = _batchIndex;
                    _groupOf[e] = groupCount;
                    if (_groups.Count <= groupCount)
                    {
                        _groups.Add([]);
                    }

                    _groups[groupCount].Clear();
                    groupCount++;
                }

                _groups[_groupOf[e]].Add(i);
            }

            for (var g = 0; g < groupCount; g++)
            {
                RunGroup(_groups[g], batchStart, routerEnd);
            }

            _batchIndex++;
        }

        public SimResult Result()
        {
            var total = _laneFree.Max();
            var n = _setup.Experts;
            var perExpert = new List<ExpertAttribution>();
            for (var e = 0; e < n; e++)
            {
                if (_requests[e] > 0 || _switches[e] > 0)
                {
                    perExpert.Add(new ExpertAttribution(e, _requests[e], _promptTokens[e], _outputTokens[e], _switches[e], _switchMs[e], _prefillMs[e], _decodeMs[e]));
                }
            }

            var count = _setup.Requests.Count;
            return new SimResult
            {
                TotalMs = total,
                SwitchMs = _switchMs.Sum(),
                PrefillMs = _prefillMs.Sum(),
                DecodeMs = _decodeMs.Sum(),
                RouterMs = _routerMs,
                Switches = _switches.Sum(),
                MeanRequestLatencyMs = count > 0 ? _latencySum / count : 0,
                MeanServiceLatencyMs = count > 0 ? _serviceSum / count : 0,
                OutputTokensPerSecond = total > 0 ? _outputSum / (total / 1e3) : 0,
                ExpertsResidentInFastMemory = Math.Min(n, _capacity.Slots * _setup.Lanes),
                NodesToHoldAllExperts = _capacity.NodesToHoldAllExperts,
                Requests = count,
                OutputTokens = _outputSum,
                Lanes = _setup.Lanes,
                SlotsPerLane = _capacity.Slots,
                ExpertSwitchMs = _cost.Length > 0 ? _cost.Average(c => c.SwitchMs) : 0,
                PerExpert = perExpert,
                Timeline = _timeline,
                Occupancy = _occupancy,
            };
        }

        private void RunGroup(List<int> members, double batchStart, double routerEnd)
        {
            var requests = _setup.Requests;
            var e = requests[members[0]].Expert;
            var cost = _cost[e];
            var lane = LaneOf(e);
            var t = Math.Max(_laneFree[lane], routerEnd);
            var groupStart = t;
            if (!_residency[lane].Touch(e))
            {
                var sw = cost.SwitchMs;
                Record(lane, e, SimPhase.Switch, t, t + sw);
                t += sw;
                _switches[e]++;
                _switchMs[e] += sw;
                Sample(t, lane);
            }

            _requests[e] += members.Count;
            var size = Math.Max(1, _setup.MaxGroupSize);
            for (var first = 0; first < members.Count; first += size)
            {
                var chunk = members.Count <= size ? members : members.GetRange(first, Math.Min(size, members.Count - first));
                t = RunChunk(chunk, e, cost, lane, t, batchStart, groupStart);
            }

            _laneFree[lane] = t;
        }

        private double RunChunk(List<int> members, int e, CostModel cost, int lane, double t, double batchStart, double groupStart)
        {
            var requests = _setup.Requests;
            double tokens = 0, squares = 0;
            foreach (var i in members)
            {
                double p = requests[i].PromptTokens;
                tokens += p;
                squares += p * p;
                _promptTokens[e] += requests[i].PromptTokens;
                _outputTokens[e] += requests[i].OutputTokens;
                _outputSum += requests[i].OutputTokens;
            }

            var prefill = cost.PrefillMs(tokens, squares);
            Record(lane, e, SimPhase.Prefill, t, t + prefill);
            t += prefill;
            _prefillMs[e] += prefill;
            var decodeStart = t;
            t = Decode(members, cost, t, batchStart, groupStart);
            _decodeMs[e] += t - decodeStart;
            Record(lane, e, SimPhase.Decode, decodeStart, t);
            return t;
        }

        /// <summary>
        /// The group decodes together; a sequence leaves when its tokens are out, so the batch
        /// shrinks in segments. Prefill made each sequence's first token; step k extends every
        /// active context by one.
        /// </summary>
        private double Decode(List<int> members, CostModel cost, double t, double batchStart, double groupStart)
        {
            var requests = _setup.Requests;
            if (members.Count > 1)
            {
                members.Sort((a, b) => requests[a].OutputTokens.CompareTo(requests[b].OutputTokens));
            }

            double activeContext = 0;
            foreach (var i in members)
            {
                activeContext += requests[i].PromptTokens + 1;
            }

            long step = 0;
            var active = members.Count;
            foreach (var i in members)
            {
                long steps = Math.Max(0, requests[i].OutputTokens - 1);
                if (steps > step)
                {
                    t += cost.DecodeStepsMs(active, activeContext, step, steps);
                    step = steps;
                }

                _latencySum += t - batchStart;
                _serviceSum += t - groupStart + _batchRouterMs;
                active--;
                activeContext -= requests[i].PromptTokens + 1;
            }

            return t;
        }

        /// <summary>
        /// Experts are placed on lanes statically (expert mod lanes) and routers take batches in
        /// turn: a fixed assignment keeps the schedule a max-plus system, so a faster part can never
        /// make anything finish later (greedy list scheduling has such anomalies).
        /// </summary>
        private int LaneOf(int expert) => expert % _laneFree.Length;

        private void Record(int lane, int expert, SimPhase phase, double start, double end)
        {
            if (_timeline.Count < _setup.TimelineLimit)
            {
                _timeline.Add(new TimelineEvent(lane, expert, phase, start, end));
            }
        }

        private void Sample(double time, int lane)
        {
            if (_occupancy.Count < _setup.TimelineLimit)
            {
                var r = _residency[lane];
                _occupancy.Add(new OccupancySample(time, lane, r.Count, r.Used, _capacity.FixedBytes, _capacity.LaneHbmBytes));
            }
        }
    }
}
