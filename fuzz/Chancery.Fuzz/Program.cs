using Chancery.Fuzz;
using SharpFuzz;

// With file arguments: replay those inputs once each, printing any failure with its stack (to reproduce findings).
// Without arguments: serve afl-fuzz through SharpFuzz's out-of-process runner.
ReaderDefectTracker.Install();
if (args.Length > 0) return InputReplayer.Replay(args);
Fuzzer.OutOfProcess.Run(FuzzTarget.Run);
return 0;
