using Chancery.Cables;

namespace Chancery.Relay.Lanes;

/// <summary>
/// One lane per precedence for one outgoing link: FLASH first, then IMMEDIATE, PRIORITY, ROUTINE, each in order of
/// receipt. A transmission taken back from the wire (no receipt, a rerun request) goes back to the front of its
/// lane so that order of receipt is kept. Not thread-safe: the station serialises access.
/// </summary>
/// <typeparam name="T">What waits in the lanes.</typeparam>
public sealed class PrecedenceLanes<T>
{
    private readonly LinkedList<T>[] _lanes = [new(), new(), new(), new()];

    /// <summary>Everything waiting, over all lanes.</summary>
    public int Count { get; private set; }

    /// <summary>How many wait at <paramref name="precedence"/>.</summary>
    public int CountOf(Precedence precedence) => _lanes[Index(precedence)].Count;

    /// <summary>The precedence of the next item <see cref="TryDequeue"/> would take, or null when nothing waits.</summary>
    public Precedence? HighestWaiting
    {
        get
        {
            for (var p = (int)Precedence.Flash; p >= 0; p--)
                if (_lanes[p].Count > 0) return (Precedence)p;
            return null;
        }
    }

    /// <summary>Adds an item at the back of its lane.</summary>
    public void Enqueue(Precedence precedence, T item)
    {
        _lanes[Index(precedence)].AddLast(item);
        Count++;
    }

    /// <summary>Puts an item back at the front of its lane (it had been taken before everything now waiting there).</summary>
    public void EnqueueFront(Precedence precedence, T item)
    {
        _lanes[Index(precedence)].AddFirst(item);
        Count++;
    }

    /// <summary>Takes the next item: the oldest of the highest precedence that has any.</summary>
    public bool TryDequeue(out T item, out Precedence precedence)
    {
        for (var p = (int)Precedence.Flash; p >= 0; p--)
        {
            var lane = _lanes[p];
            if (lane.First is { } first)
            {
                lane.RemoveFirst();
                Count--;
                item = first.Value;
                precedence = (Precedence)p;
                return true;
            }
        }
        item = default!;
        precedence = default;
        return false;
    }

    /// <summary>The item at the front of each non-empty lane (the oldest waiting per precedence).</summary>
    public IEnumerable<T> Heads()
    {
        foreach (var lane in _lanes)
            if (lane.First is { } first) yield return first.Value;
    }

    /// <summary>Removes and returns every waiting item for which <paramref name="take"/> is true, lanes and order kept for the rest.</summary>
    public List<(Precedence Precedence, T Item)> RemoveWhere(Func<T, bool> take)
    {
        var taken = new List<(Precedence, T)>();
        for (var p = 0; p < _lanes.Length; p++)
        {
            for (var node = _lanes[p].First; node is not null;)
            {
                var next = node.Next;
                if (take(node.Value))
                {
                    _lanes[p].Remove(node);
                    Count--;
                    taken.Add(((Precedence)p, node.Value));
                }
                node = next;
            }
        }
        return taken;
    }

    private static int Index(Precedence precedence) => Math.Clamp((int)precedence, 0, 3);
}
