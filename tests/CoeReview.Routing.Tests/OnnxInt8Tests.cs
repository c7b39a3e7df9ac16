using System.Runtime.InteropServices;
using CoeReview.Routing.Embedding.Onnx;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CoeReview.Routing.Tests;

public sealed class OnnxInt8Tests
{
    private static readonly float[] s_weights = [0.5f, -1.25f, 2f, 0.1f, -0.3f, 0.75f, 1.5f, -2f, 0.2f, -0.05f, 0.6f, -0.9f];
    private static readonly float[] s_x = [1f, 0.5f, -0.25f, 2f, -1f, 0.3f];
    private static readonly float[] s_z = [0.4f, -0.2f, 1.1f, 0.7f, -0.5f, 0.9f, 0.25f, -1.5f];

    [Fact]
    public void A_matmul_by_a_constant_matrix_becomes_an_int8_matmul_that_onnx_runtime_runs_to_nearly_the_same_result()
    {
        var model = TinyModel();

        var (quantized, count) = OnnxInt8.Quantize(model);

        Assert.Equal(1, count);
        var ops = OpTypes(quantized);
        Assert.Equal(["DynamicQuantizeMatMul", "MatMul"], ops);
        var expected = Run(model);
        var actual = Run(quantized);
        Assert.Equal(expected.Length, actual.Length);
        var largest = expected.Max(MathF.Abs);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(actual[i], expected[i] - (0.03f * largest), expected[i] + (0.03f * largest));
        }
    }

    [Fact]
    public void A_matrix_that_narrows_its_input_stays_float()
    {
        var narrowing = OnnxInt8.Quantize(TinyModel(rows: 4, columns: 3));

        Assert.Equal(0, narrowing.Quantized);
        Assert.Equal(["MatMul", "MatMul"], OpTypes(narrowing.Model));
    }

    [Fact]
    public void Quantizing_keeps_every_field_it_does_not_rewrite_and_adds_the_microsoft_opset_once()
    {
        var once = OnnxInt8.Quantize(TinyModel()).Model;

        var (twice, count) = OnnxInt8.Quantize(once);

        Assert.Equal(0, count);
        Assert.Equal(once, twice);
        var top = ProtoWire.Read(once);
        Assert.Equal(7UL, top.Single(f => f.Number == 1).Varint);
        Assert.Equal("coe-test", top.Single(f => f.Number == 2).Text);
        Assert.Equal(2, top.Count(f => f.Number == 8));
    }

    [Fact]
    public void Int8_weights_are_per_column_within_half_a_step_and_use_seven_bits()
    {
        var raw = MemoryMarshal.AsBytes(s_weights.AsSpan()).ToArray();

        var weights = Int8Weights.Quantize(raw, 4, 3);

        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var q = (sbyte)weights.Values[(r * 3) + c];
                Assert.InRange(q, -63, 63);
                Assert.InRange(MathF.Abs((q * weights.Scales[c]) - s_weights[(r * 3) + c]), 0f, (weights.Scales[c] / 2) + 1e-6f);
            }
        }

        Assert.Equal(2f / 63, weights.Scales[2], 6);
        Assert.Throws<InvalidDataException>(() => Int8Weights.Quantize(raw, 3, 3));
    }

    private static float[] Run(byte[] model)
    {
        CoeReview.Routing.Embedding.OrtTelemetry.OptOut();
        using var session = new InferenceSession(model);
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("X", new DenseTensor<float>(s_x, [2, 3])),
            NamedOnnxValue.CreateFromTensor("Z", new DenseTensor<float>(s_z, [4, 2])),
        ];
        using var outputs = session.Run(inputs);
        return ((DenseTensor<float>)outputs[0].Value).Buffer.ToArray();
    }

    private static List<string> OpTypes(byte[] model)
    {
        var graph = ProtoWire.Read(model).Single(f => f.Number == 7);
        return ProtoWire.Read(graph.Bytes).Where(f => f.Number == 1).Select(n => ProtoWire.Read(n.Bytes).Single(f => f.Number == 4).Text).ToList();
    }

    // Out = (X · W) · Z, with W a constant 3×4 matrix and Z an input: only the first MatMul may change.
    private static byte[] TinyModel(int rows = 3, int columns = 4)
    {
        var graph = Message(g =>
        {
            g.Message(1, Node("MatMul", ["X", "W"], "Y"));
            g.Message(1, Node("MatMul", ["Y", "Z"], "Out"));
            g.Text(2, "tiny");
            g.Message(5, Message(t =>
            {
                t.Varint(1, (ulong)rows);
                t.Varint(1, (ulong)columns);
                t.Varint(2, 1);
                t.Text(8, "W");
                t.Bytes(9, MemoryMarshal.AsBytes(s_weights.AsSpan()).ToArray());
            }));
            g.Message(11, Value("X", 2, rows));
            g.Message(11, Value("Z", columns, 2));
            g.Message(12, Value("Out", 2, 2));
        });
        return Message(m =>
        {
            m.Varint(1, 7);
            m.Text(2, "coe-test");
            m.Message(7, graph);
            m.Message(8, Message(o => o.Varint(2, 13)));
        }).ToArray();
    }

    private static ProtoPieces Node(string op, string[] inputs, string output) => Message(n =>
    {
        foreach (var input in inputs)
        {
            n.Text(1, input);
        }

        n.Text(2, output);
        n.Text(4, op);
    });

    private static ProtoPieces Value(string name, int rows, int columns) => Message(v =>
    {
        v.Text(1, name);
        v.Message(2, Message(type => type.Message(1, Message(tensor =>
        {
            tensor.Varint(1, 1);
            tensor.Message(2, Message(shape =>
            {
                shape.Message(1, Message(d => d.Varint(1, (ulong)rows)));
                shape.Message(1, Message(d => d.Varint(1, (ulong)columns)));
            }));
        }))));
    });

    private static ProtoPieces Message(Action<ProtoPieces> write)
    {
        var message = new ProtoPieces();
        write(message);
        return message;
    }
}
