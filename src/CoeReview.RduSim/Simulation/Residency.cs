namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Which experts are in one lane's HBM: bytes of capacity, experts of their own sizes,
/// least-recently-used eviction in O(1) per eviction (an intrusive doubly linked list over expert
/// indices), and pinned experts that are never evicted.
/// </summary>
internal sealed class Residency
{
    private const int None = -1;
    private readonly int[] _prev;
    private readonly int[] _next;
    private readonly bool[] _resident;
    private readonly bool[] _pinned;
    private readonly double[] _sizes;
    private readonly double _capacity;
    private double _used;
    private int _head = None;   // most recently used unpinned expert
    private int _tail = None;   // least recently used unpinned expert

    /// <summary>Room for <paramref name="slots"/> experts of one size.</summary>
    public Residency(int experts, int slots, IReadOnlySet<int> pinned)
        : this(Enumerable.Repeat(1.0, experts).ToArray(), slots, pinned)
    {
    }

    /// <summary>Room for <paramref name="capacity"/> bytes of experts whose sizes are given.</summary>
    public Residency(double[] sizes, double capacity, IReadOnlySet<int> pinned)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(pinned);
        var experts = sizes.Length;
        _sizes = sizes;
        _capacity = capacity * (1 + 1e-9);
        _prev = new int[experts];
        _next = new int[experts];
        _resident = new bool[experts];
        _pinned = new bool[experts];
        foreach (var p in pinned)
        {
            _pinned[p] = true;
        }
    }

    public int Count { get; private set; }

    /// <summary>Bytes (or slots) the resident experts take.</summary>
    public double Used => _used;

    public bool IsResident(int expert) => _resident[expert];

    /// <summary>Marks a use. Returns true on a hit; on a miss loads the expert, evicting the LRU unpinned one when full.</summary>
    public bool Touch(int expert)
    {
        if (_resident[expert])
        {
            if (!_pinned[expert])
            {
                Unlink(expert);
                PushFront(expert);
            }

            return true;
        }

        while (_used + _sizes[expert] > _capacity)
        {
            var victim = _tail;
            if (victim == None)
            {
                throw new InvalidOperationException("every HBM slot is pinned; pin fewer experts than slots");
            }

            Unlink(victim);
            _resident[victim] = false;
            _used -= _sizes[victim];
            Count--;
        }

        _resident[expert] = true;
        _used += _sizes[expert];
        Count++;
        if (!_pinned[expert])
        {
            PushFront(expert);
        }

        return false;
    }

    private void PushFront(int e)
    {
        _prev[e] = None;
        _next[e] = _head;
        if (_head != None)
        {
            _prev[_head] = e;
        }

        _head = e;
        if (_tail == None)
        {
            _tail = e;
        }
    }

    private void Unlink(int e)
    {
        var p = _prev[e];
        var n = _next[e];
        if (p != None)
        {
            _next[p] = n;
        }
        else
        {
            _head = n;
        }

        if (n != None)
        {
            _prev[n] = p;
        }
        else
        {
            _tail = p;
        }
    }
}
