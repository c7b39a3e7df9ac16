return await CoeReview.Cli.CliApp.RunAsync(args, CoeReview.Cli.CliContext.FromProcess(), CancellationToken.None);
