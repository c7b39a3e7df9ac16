return await CoeReview.Remote.Benchmarks.RemoteBenchmark.RunAsync(Console.Out, CancellationToken.None);
