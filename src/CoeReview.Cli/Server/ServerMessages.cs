namespace CoeReview.Cli.Server;

/// <summary>What a client asks the review server to run: one command line, as the client's process would have run it.</summary>
internal sealed record ServerRequest(string[] Args, string Directory, IReadOnlyDictionary<string, string> Environment, string? Input, bool OutIsTerminal);

/// <summary>What the command printed and its exit code.</summary>
internal sealed record ServerReply(string Out, string Error, int Exit);
