using OnRecord.Cli;

return CliApp.Run(args);
