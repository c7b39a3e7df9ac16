using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking OpenAI chat completions (JSON and SSE streaming) with
/// scripted replies, latency and faults. Records every request and the peak of requests in flight.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ChatCall, ScriptedReply> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<ChatCall> _calls = new();
    private int _index;
    private int _inFlight;
    private int _maxInFlight;

    public FakeChatServer(Func<ChatCall, ScriptedReply> script)
    {
        _script = script;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUri { get; }

    public IReadOnlyList<ChatCall> Calls => _calls.OrderBy(c => c.Index).ToList();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>A server whose replies come from a queue, then from the fallback.</summary>
    public static FakeChatServer Sequence(Func<ChatCall, ScriptedReply> fallback, params ScriptedReply[] first)
    {
        var queue = new ConcurrentQueue<ScriptedReply>(first);
        return new FakeChatServer(call => queue.TryDequeue(out var next) ? next : fallback(call));
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var call = new ChatCall(Interlocked.Increment(ref _index), context.Request.Url!.AbsolutePath, body, context.Request.Headers["Authorization"], DateTimeOffset.UtcNow);
            _calls.Enqueue(call);
            var reply = _script(call);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            }

            await RespondAsync(context, call, reply).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A client that went away mid-reply is part of the scripted faults.
        catch (Exception)
#pragma warning restore CA1031
        {
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static async Task RespondAsync(HttpListenerContext context, ChatCall call, ScriptedReply reply)
    {
        var response = context.Response;
        switch (reply)
        {
            case ScriptedReply.Reset:
                response.Abort();
                return;
            case ScriptedReply.Status s:
                response.StatusCode = s.Code;
                if (s.RetryAfter is not null)
                {
                    response.Headers["Retry-After"] = s.RetryAfter;
                }

                await WriteAsync(response, "application/json", s.Body).ConfigureAwait(false);
                return;
            case ScriptedReply.Malformed m:
                await WriteAsync(response, "application/json", m.Body).ConfigureAwait(false);
                return;
            case ScriptedReply.Truncated t when call.Stream:
                await StreamAsync(response, call, new ScriptedReply.Content(t.Text), cutHalfway: true).ConfigureAwait(false);
                return;
            case ScriptedReply.Truncated t:
                var full = Encoding.UTF8.GetBytes(Completion(call, t.Text, 10, 10));
                response.ContentType = "application/json";
                response.ContentLength64 = full.Length;
                await response.OutputStream.WriteAsync(full.AsMemory(0, full.Length / 2)).ConfigureAwait(false);
                await response.OutputStream.FlushAsync().ConfigureAwait(false);
                response.Abort();
                return;
            case ScriptedReply.Content c when call.Stream:
                await StreamAsync(response, call, c).ConfigureAwait(false);
                return;
            case ScriptedReply.Content c:
                await WriteAsync(response, "application/json", Completion(call, c.Text, c.PromptTokens, c.CompletionTokens)).ConfigureAwait(false);
                return;
        }
    }

    private static async Task StreamAsync(HttpListenerResponse response, ChatCall call, ScriptedReply.Content c, bool cutHalfway = false)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var model = call.Json["model"]?.GetValue<string>() ?? "m";
        var output = response.OutputStream;
        async Task Send(JsonObject chunk)
        {
            var bytes = Encoding.UTF8.GetBytes($"data: {chunk.ToJsonString()}\n\n");
            await output.WriteAsync(bytes).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < c.Text.Length; i += 7)
        {
            if (cutHalfway && i >= c.Text.Length / 2)
            {
                response.Abort();
                return;
            }

            var piece = c.Text.Substring(i, Math.Min(7, c.Text.Length - i));
            await Send(Chunk(model, new JsonObject { ["role"] = "assistant", ["content"] = piece }, null)).ConfigureAwait(false);
        }

        await Send(Chunk(model, new JsonObject(), "stop")).ConfigureAwait(false);
        if (call.Json["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            var usage = Chunk(model, null, null);
            usage["usage"] = Usage(c.PromptTokens, c.CompletionTokens);
            await Send(usage).ConfigureAwait(false);
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes("data: [DONE]\n\n")).ConfigureAwait(false);
        response.Close();
    }

    private static JsonObject Chunk(string model, JsonObject? delta, string? finish) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = delta is null
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
    };

    private static string Completion(ChatCall call, string text, int prompt, int completion) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = call.Json["model"]?.GetValue<string>() ?? "m",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = Usage(prompt, completion),
    }.ToJsonString();

    private static JsonObject Usage(int prompt, int completion) =>
        new() { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };

    private static async Task WriteAsync(HttpListenerResponse response, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        response.Close();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>Seconds as Retry-After wants them.</summary>
    public static string Seconds(int s) => s.ToString(CultureInfo.InvariantCulture);
}
