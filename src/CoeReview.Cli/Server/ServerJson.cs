using System.Text.Json.Serialization;

namespace CoeReview.Cli.Server;

/// <summary>One JSON line each way between client and server.</summary>
[JsonSerializable(typeof(ServerRequest))]
[JsonSerializable(typeof(ServerReply))]
internal sealed partial class ServerJson : JsonSerializerContext;
