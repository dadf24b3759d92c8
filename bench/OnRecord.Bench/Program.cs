using OnRecord.Bench;

return BenchProgram.Run(args);
