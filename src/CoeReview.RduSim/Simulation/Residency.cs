namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Which experts are in one lane's HBM: a fixed number of slots, least-recently-used eviction in
/// O(1) (an intrusive doubly linked list over expert indices), and pinned experts that are never evicted.
/// </summary>
internal sealed class Residency
{
    private const int None = -1;
    private readonly int[] _prev;
    private readonly int[] _next;
    private readonly bool[] _resident;
    private readonly bool[] _pinned;
    private int _head = None;   // most recently used unpinned expert
    private int _tail = None;   // least recently used unpinned expert

    public Residency(int experts, int slots, IReadOnlySet<int> pinned)
    {
        Slots = slots;
        _prev = new int[experts];
        _next = new int[experts];
        _resident = new bool[experts];
        _pinned = new bool[experts];
        foreach (var p in pinned)
        {
            _pinned[p] = true;
        }
    }

    public int Slots { get; }

    public int Count { get; private set; }

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

        if (Count >= Slots)
        {
            var victim = _tail;
            if (victim == None)
            {
                throw new InvalidOperationException("every HBM slot is pinned; pin fewer experts than slots");
            }

            Unlink(victim);
            _resident[victim] = false;
            Count--;
        }

        _resident[expert] = true;
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
