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
    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly HashSet<UInt128> _used = [];
    private readonly Lock _gate = new();
    private readonly IReadOnlyDictionary<UInt128, float[]> _shipped;
    private bool _dirty;

    /// <param name="file">Where the cache lives; null keeps it in memory only.</param>
    /// <param name="modelId">The model whose vectors these are.</param>
    /// <param name="maxEntries">How many vectors the file keeps.</param>
    /// <param name="shipped">Also answers with the vectors shipped for the built-in experts (<see cref="ShippedVectors"/>).</param>
    public EmbeddingCache(string? file, string modelId, int maxEntries = 20_000, bool shipped = true)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        File = file;
        ModelId = modelId;
        MaxEntries = maxEntries;
        _shipped = shipped ? ShippedVectors.For(modelId) : new Dictionary<UInt128, float[]>();
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
        }

        // Shipped with the tool, so never written to the cache file.
        return _shipped.TryGetValue(key, out vector!);
    }

    /// <summary>
    /// Keeps the vector at the precision the file stores (half) and returns what it kept: a run that embeds a
    /// text must score it as the next run, which reads it from the file, will. At full precision the first
    /// review of a change and its second differed in routing scores near a threshold.
    /// </summary>
    public float[] Put(string text, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var kept = new float[vector.Length];
        for (var d = 0; d < vector.Length; d++)
        {
            kept[d] = (float)(Half)vector[d];
        }

        var key = KeyOf(text);
        lock (_gate)
        {
            _vectors[key] = kept;
            _used.Add(key);
            _dirty = true;
        }

        return kept;
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
                using (var stream = System.IO.File.Create(temp))
                {
                    EmbeddingFile.Write(stream, ModelId, keep, half: true);
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
            using var stream = System.IO.File.OpenRead(file);
            foreach (var (key, vector) in EmbeddingFile.Read(stream, ModelId, MaxEntries) ?? [])
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
