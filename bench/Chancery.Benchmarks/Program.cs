using BenchmarkDotNet.Running;
using Chancery.Benchmarks;

if (args.Length > 0 && args[0] == "profile") return ReaderProfile.Run(args);
if (args.Length > 0 && args[0] == "alloc") return AllocationProfile.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
