return await CoeReview.Cli.CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
