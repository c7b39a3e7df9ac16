using System.Runtime.InteropServices;

namespace CoeReview.Routing.Embedding.Onnx;

/// <summary>
/// Dynamic int8 quantization of an ONNX model, done in memory when the model loads: every MatMul
/// whose right-hand side is a constant float matrix becomes ONNX Runtime's
/// <c>com.microsoft.DynamicQuantizeMatMul</c> with int8 weights per column, the activations being
/// quantized per run. This is what <c>onnxruntime.quantization.quantize_dynamic</c> produces, done
/// here because the model ships as float inside its package and the tool must run offline.
/// </summary>
internal static class OnnxInt8
{
    /// <summary>Changes whenever the quantization changes, so vectors cached from another one are not reused.</summary>
    public const string Version = "q1";

    // ONNX's field numbers (onnx.proto3).
    private const int ModelGraph = 7, ModelOpset = 8;
    private const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11;
    private const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeDomain = 7;
    private const int TensorDims = 1, TensorType = 2, TensorName = 8, TensorRaw = 9;
    private const int OpsetDomain = 1, OpsetVersion = 2;
    private const int Float = 1, Int8 = 3;
    private const string Microsoft = "com.microsoft";

    /// <summary>The model with its constant MatMuls quantized, and how many were.</summary>
    public static (byte[] Model, int Quantized) Quantize(ReadOnlyMemory<byte> model)
    {
        var top = ProtoWire.Read(model);
        var graph = top.Single(f => f.Number == ModelGraph);
        var (rewritten, count) = QuantizeGraph(graph.Bytes);
        var output = new ProtoPieces();
        foreach (var field in top)
        {
            if (field.Number == ModelGraph)
            {
                output.Message(ModelGraph, rewritten);
            }
            else
            {
                output.Field(field);
            }
        }

        if (!top.Where(f => f.Number == ModelOpset).Any(f => ProtoWire.Read(f.Bytes).Any(o => o.Number == OpsetDomain && o.Text == Microsoft)))
        {
            var opset = new ProtoPieces();
            opset.Text(OpsetDomain, Microsoft);
            opset.Varint(OpsetVersion, 1);
            output.Message(ModelOpset, opset);
        }

        return (output.ToArray(), count);
    }

    // The graph with its quantizable MatMuls and their weights rewritten, and how many were.
    private static (ProtoPieces Graph, int Count) QuantizeGraph(ReadOnlyMemory<byte> graph)
    {
        var fields = ProtoWire.Read(graph);
        // Nodes and initializers parsed once, by their place among the graph's fields.
        var parsed = fields.Select(f => f.Number is GraphNode or GraphInitializer ? ProtoWire.Read(f.Bytes) : null).ToList();
        var nodes = Enumerable.Range(0, fields.Count).Where(i => fields[i].Number == GraphNode).ToList();
        var uses = nodes.SelectMany(i => Inputs(parsed[i]!))
            .Concat(fields.Where(f => f.Number == GraphInput).Select(f => NameOfValueInfo(f.Bytes)))
            .GroupBy(n => n, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var matrices = Enumerable.Range(0, fields.Count)
            .Where(i => fields[i].Number == GraphInitializer && IsFloatMatrix(parsed[i]!))
            .ToDictionary(i => NameOf(parsed[i]!), i => parsed[i]!, StringComparer.Ordinal);
        // A MatMul by a matrix nothing else reads: node place → its inputs.
        var rewrite = new Dictionary<int, List<string>>();
        foreach (var i in nodes)
        {
            var inputs = Inputs(parsed[i]!);
            if (Op(parsed[i]!) == "MatMul" && inputs.Count == 2 && matrices.TryGetValue(inputs[1], out var matrix) && uses[inputs[1]] == 1 && !Narrows(matrix))
            {
                rewrite[i] = inputs;
            }
        }

        // The matrices are independent, and quantizing them is most of this method's time.
        var names = rewrite.Values.Select(inputs => inputs[1]).ToList();
        var weights = new Int8Weights[names.Count];
        Parallel.For(0, names.Count, k => weights[k] = Quantized(matrices[names[k]]));
        var byName = names.Select((n, k) => (n, k)).ToDictionary(x => x.n, x => weights[x.k], StringComparer.Ordinal);
        var output = new ProtoPieces();
        for (var i = 0; i < fields.Count; i++)
        {
            if (rewrite.TryGetValue(i, out var inputs))
            {
                output.Message(GraphNode, QuantizedNode(parsed[i]!, inputs));
            }
            else if (fields[i].Number == GraphInitializer && byName.TryGetValue(NameOf(parsed[i]!), out var quantized))
            {
                WriteInt8Initializers(output, NameOf(parsed[i]!), quantized);
            }
            else
            {
                output.Field(fields[i]);
            }
        }

        return (output, rewrite.Count);
    }

    private static Int8Weights Quantized(List<ProtoField> tensor)
    {
        var dims = ProtoWire.Int64s(tensor, TensorDims);
        return Int8Weights.Quantize(tensor.First(f => f.Number == TensorRaw).Bytes.Span, (int)dims[0], (int)dims[1]);
    }

    private static ProtoPieces QuantizedNode(List<ProtoField> node, List<string> inputs)
    {
        var output = new ProtoPieces();
        output.Text(NodeInput, inputs[0]);
        output.Text(NodeInput, inputs[1] + "_int8");
        output.Text(NodeInput, inputs[1] + "_scale");
        output.Text(NodeInput, inputs[1] + "_zero_point");
        foreach (var field in node.Where(f => f.Number is NodeOutput or NodeName))
        {
            output.Field(field);
        }

        output.Text(NodeOpType, "DynamicQuantizeMatMul");
        output.Text(NodeDomain, Microsoft);
        return output;
    }

    private static void WriteInt8Initializers(ProtoPieces output, string name, Int8Weights weights)
    {
        WriteTensor(output, name + "_int8", Int8, [weights.Rows, weights.Columns], weights.Values);
        WriteTensor(output, name + "_scale", Float, [weights.Columns], MemoryMarshal.AsBytes(weights.Scales.AsSpan()).ToArray());
        WriteTensor(output, name + "_zero_point", Int8, [weights.Columns], new byte[weights.Columns]);
    }

    private static void WriteTensor(ProtoPieces output, string name, int type, long[] dims, byte[] raw)
    {
        var tensor = new ProtoPieces();
        foreach (var d in dims)
        {
            tensor.Varint(TensorDims, (ulong)d);
        }

        tensor.Varint(TensorType, (ulong)type);
        tensor.Text(TensorName, name);
        tensor.Bytes(TensorRaw, raw);
        output.Message(GraphInitializer, tensor);
    }

    // A float matrix stored as raw little-endian bytes: the form exporters write weights in.
    private static bool IsFloatMatrix(List<ProtoField> tensor) =>
        BitConverter.IsLittleEndian
        && tensor.Any(f => f.Number == TensorType && f.Varint == Float)
        && ProtoWire.Int64s(tensor, TensorDims).Count == 2
        && tensor.Any(f => f.Number == TensorRaw)
        && tensor.Any(f => f.Number == TensorName);

    // A matrix that maps to fewer columns than it has rows (BERT's feed-forward output, 1536 to 384)
    // reads GELU's output, whose few large values leave one activation scale per tensor too coarse:
    // quantized, it costs most of the int8 model's error (cosine to the float vectors 0.986 against 0.993).
    private static bool Narrows(List<ProtoField> matrix) => ProtoWire.Int64s(matrix, TensorDims) is [var rows, var columns] && rows > columns;

    private static List<string> Inputs(List<ProtoField> node) => node.Where(f => f.Number == NodeInput).Select(f => f.Text).ToList();

    private static string Op(List<ProtoField> node) => node.FirstOrDefault(f => f.Number == NodeOpType).Text;

    private static string NameOf(List<ProtoField> tensor) => tensor.FirstOrDefault(f => f.Number == TensorName).Text;

    private static string NameOfValueInfo(ReadOnlyMemory<byte> info) => ProtoWire.Read(info).FirstOrDefault(f => f.Number == 1).Text;
}
