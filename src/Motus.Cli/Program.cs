using Motus.Cli;

return await MotusCli.RunAsync(args, CliEnvironment.FromConsole());
