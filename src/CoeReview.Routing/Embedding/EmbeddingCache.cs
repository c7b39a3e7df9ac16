using System.Security.Cryptography;
using System.Text;

namespace CoeReview.Routing.Embedding;

/// <summary>
/// Vectors by content hash (SHA-256 of model id and text), kept in one small file across runs.
/// The file is only ever a cache: a missing, foreign or damaged file is treated as empty, and
/// deleting it only costs the next run the time to embed again.
/// </summary>
public sealed class EmbeddingCache
{
    private const string Magic = "COE-EMB1";
    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly HashSet<UInt128> _used = [];
    private readonly Lock _gate = new();
    private bool _dirty;

    public EmbeddingCache(string? file, string modelId, int maxEntries = 20_000)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        File = file;
        ModelId = modelId;
        MaxEntries = maxEntries;
        if (file is not null)
        {
            Load(file);
        }
    }

    /// <summary>Where the cache lives; null keeps it in memory only.</summary>
    public string? File { get; }

    public string ModelId { get; }

    public int MaxEntries { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _vectors.Count;
            }
        }
    }

    public UInt128 KeyOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(ModelId + "\n" + text), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }

    public bool TryGet(string text, out float[] vector)
    {
        var key = KeyOf(text);
        lock (_gate)
        {
            if (_vectors.TryGetValue(key, out vector!))
            {
                _used.Add(key);
                return true;
            }

            return false;
        }
    }

    public void Put(string text, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var key = KeyOf(text);
        lock (_gate)
        {
            _vectors[key] = vector;
            _used.Add(key);
            _dirty = true;
        }
    }

    /// <summary>Writes the file when anything was added: entries used this run first, then older ones up to the cap.</summary>
    public void Save()
    {
        if (File is null)
        {
            return;
        }

        lock (_gate)
        {
            if (!_dirty)
            {
                return;
            }

            var keep = _vectors.Where(e => _used.Contains(e.Key)).Concat(_vectors.Where(e => !_used.Contains(e.Key))).Take(MaxEntries).ToList();
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(File))!);
                var temp = File + "." + Environment.ProcessId + ".tmp";
                using (var writer = new BinaryWriter(System.IO.File.Create(temp)))
                {
                    writer.Write(Magic);
                    writer.Write(ModelId);
                    writer.Write(keep.Count == 0 ? 0 : keep[0].Value.Length);
                    writer.Write(keep.Count);
                    foreach (var (key, vector) in keep)
                    {
                        writer.Write((ulong)(key >> 64));
                        writer.Write((ulong)key);
                        foreach (var x in vector)
                        {
                            writer.Write((Half)x);
                        }
                    }
                }

                System.IO.File.Move(temp, File, overwrite: true);
                _dirty = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A cache that cannot be written only costs the next run time; the review goes on.
            }
        }
    }

    private void Load(string file)
    {
        try
        {
            using var reader = new BinaryReader(System.IO.File.OpenRead(file));
            if (reader.ReadString() != Magic || reader.ReadString() != ModelId)
            {
                return;
            }

            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (dimensions is < 0 or > 4096 || count < 0 || count > MaxEntries)
            {
                return;
            }

            var loaded = new Dictionary<UInt128, float[]>(count);
            for (var i = 0; i < count; i++)
            {
                var high = reader.ReadUInt64();
                var key = new UInt128(high, reader.ReadUInt64());
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = (float)reader.ReadHalf();
                }

                loaded[key] = vector;
            }

            foreach (var (key, vector) in loaded)
            {
                _vectors[key] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            // Missing or damaged: start empty (see the class comment).
        }
    }
}
