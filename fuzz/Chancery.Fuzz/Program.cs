Console.WriteLine("fuzz harness");
