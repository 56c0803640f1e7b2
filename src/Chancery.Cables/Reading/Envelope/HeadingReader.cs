namespace Chancery.Cables.Reading;

/// <summary>
/// The state machine behind <see cref="EnvelopeParser"/>: walks the heading line by line, hands each line to the
/// parser of its construct and decides where the heading ends. One instance reads one heading.
/// </summary>
internal sealed class HeadingReader
{
    // How far past an unknown line before the address block we look for the heading to go on.
    private const int LookaheadLines = 30;

    private enum List { None, From, To, Info, Exempted }

    private enum Phase { Envelope, Routing, Distribution, Address }

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly DiagnosticBag _diagnostics;

    private TransmissionIdLine.Parts? _transmissionId;
    private Precedence? _routingPrecedence;
    private bool _hasRoutingLine;
    private readonly List<string> _routingIndicators = [];
    private DeLine.Parts? _de;
    private SecurityWarningLine.Parts? _warning;

    private bool _hasPreamble;
    private Precedence? _precedence;
    private Precedence? _infoPrecedence;
    private DateTime? _created;
    private DateTime? _archiveCreated;

    private Addressee? _from;
    private readonly List<Addressee> _to = [];
    private readonly List<Addressee> _info = [];
    private readonly List<Addressee> _exempted = [];

    private Phase _phase = Phase.Envelope;
    private List _current = List.None;
    private int _lastRank;
    private bool _recognised;

    public HeadingReader(IReadOnlyList<SourceLine> lines, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the heading at <paramref name="index"/>; see <see cref="EnvelopeParser.Parse"/>.</summary>
    public Envelope Read(ref int index)
    {
        var textStart = Scan(SkipLeadingJunk(index));
        if (!_recognised) return Envelope.None;
        index = SkipToText(textStart);
        return Build();
    }

    /// <summary>Returns the index where the heading stops.</summary>
    private int Scan(int start)
    {
        var blankSinceAddress = false;
        for (var i = start; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var text = line.Span;
            if (line.IsBlank)
            {
                if (_phase == Phase.Address) blankSinceAddress = true;
                continue;
            }

            if (text.Trim().SequenceEqual("BT")) { _recognised = true; return i + 1; }
            if (TextStartLine.IsTextStart(text))
            {
                // A bare banner (the level alone) above a PAGE header inside a long address block is not the text.
                var next = NextNonBlank(i + 1);
                if (!_recognised || !TextStartLine.IsBareLevel(text) || next < 0
                    || !_lines[next].Span.TrimStart().StartsWith("PAGE ") || !PageHeader.TryMatch(_lines[next].Span, out _))
                    return i;
                i = next;
                blankSinceAddress = false;
                continue;
            }
            if (_phase == Phase.Address && blankSinceAddress && !IsAddressKeywordLine(text) && !AddresseeLine.HasRoutePrefix(text)
                && !PageHeader.TryMatch(line.Span, out _))
                return i;
            blankSinceAddress = false;

            // Fast path for the bulk of a heading: RI/PLA addressee lines can be nothing else.
            if (_phase == Phase.Address && AddresseeLine.HasRoutePrefix(text))
            {
                AddContinuation(line, text);
                continue;
            }
            if (TryEnvelopeLine(line, text)) { _recognised = true; continue; }
            if (TryArchiveLine(line, text, out var endsHeading))
            {
                if (endsHeading) return i;
                _recognised = true;
                continue;
            }
            if (_phase == Phase.Address)
            {
                if (LooksLikeText(text)) return i;
                AddContinuation(line, text);
                continue;
            }
            if (!_recognised) return i;
            if (!HeadingGoesOn(i + 1)) return i;
            _diagnostics.Warn(EnvelopeCodes.UnknownLine, line, 0, "A heading line was not understood and was skipped.");
        }
        if (_recognised)
        {
            var last = _lines[^1];
            _diagnostics.Warn(EnvelopeCodes.NoText, last, 0, "The heading runs to the end of the input and no text follows it.");
        }
        return _lines.Count;
    }

    /// <summary>FL1-FL9 and the distribution block; true when the line was one of them.</summary>
    private bool TryEnvelopeLine(SourceLine line, ReadOnlySpan<char> text)
    {
        if (_phase == Phase.Routing && RoutingLine.IsContinuation(text))
        {
            RoutingLine.AddIndicators(text, 0, _routingIndicators);
            return true;
        }
        if (_phase == Phase.Distribution && (DistributionBlock.IsContinuation(text) || DistributionBlock.IsRule(text)))
            return true;

        if (TransmissionIdLine.TryParse(text, out var tid))
        {
            if (_transmissionId is null) _transmissionId = tid;
            else Repeated(line);
            Rank(line, 1, Phase.Envelope);
            return true;
        }
        if (_lastRank <= 2 && PilotLine.IsPilot(text))
        {
            Rank(line, 1, Phase.Envelope);
            return true;
        }
        if (_phase != Phase.Address && RoutingLine.TryParseStart(text, out var routingPrecedence, out var rest))
        {
            if (_hasRoutingLine) Repeated(line);
            else
            {
                _hasRoutingLine = true;
                _routingPrecedence = routingPrecedence;
                if (routingPrecedence is null)
                    _diagnostics.Info(EnvelopeCodes.YankeePrecedence, line, 0, "The routing line uses the YY prosign, which has no ACP-127 precedence.");
                RoutingLine.AddIndicators(text, rest, _routingIndicators);
            }
            Rank(line, 2, Phase.Routing);
            return true;
        }
        if (DeLine.TryParse(text, out var de))
        {
            if (_de is null) { _de = de; ReportDeProblem(line, de); }
            else Repeated(line);
            Rank(line, 3, Phase.Envelope);
            return true;
        }
        if (SecurityWarningLine.TryParse(text, out var warning))
        {
            if (_warning is null)
            {
                _warning = warning;
                if (warning.Level is null)
                    _diagnostics.Warn(EnvelopeCodes.UnknownSecurityLevel, line, 0, "The security warning names no known classification level.");
            }
            else Repeated(line);
            Rank(line, 4, Phase.Envelope);
            return true;
        }
        if (PreambleLine.TryParse(text, out var preamble))
        {
            ReadPreamble(line, preamble);
            Rank(line, 5, Phase.Envelope);
            return true;
        }
        if (DistributionBlock.IsStart(text))
        {
            _phase = Phase.Distribution;
            return true;
        }
        if (_phase == Phase.Distribution && DistributionBlock.IsRule(text)) return true;
        return TryAddressKeywordLine(line, text);
    }

    private void ReadPreamble(SourceLine line, PreambleLine.Parts preamble)
    {
        if (_hasPreamble)
        {
            _diagnostics.Info(EnvelopeCodes.SecondPreamble, line, 0, "A second preamble line was found; the first one was kept.");
            return;
        }
        _hasPreamble = true;
        _precedence = preamble.Precedence;
        _infoPrecedence = preamble.InfoPrecedence;
        _created = preamble.Created;
        ReportDtg(line, preamble.Dtg, preamble.DtgOffset);
    }

    private void ReportDtg(SourceLine line, DateTimeGroup.Outcome outcome, int offset)
    {
        if (outcome == DateTimeGroup.Outcome.Incomplete)
            _diagnostics.Warn(EnvelopeCodes.DtgIncomplete, line, offset, "The date-time group lacks its month or year, so no creation time was taken from it.");
        else if (outcome == DateTimeGroup.Outcome.OutOfRange)
            _diagnostics.Warn(EnvelopeCodes.DtgOutOfRange, line, offset, "The date-time group names a day, hour or minute that does not exist.");
    }

    private void ReportDeProblem(SourceLine line, DeLine.Parts de)
    {
        if (de.Issue == DeLine.Problem.UnreadableGroup)
            _diagnostics.Warn(EnvelopeCodes.DeUnreadableGroup, line, de.IssueOffset, "The DE line has a group that is neither a station serial nor a filing time.");
        else if (de.Issue == DeLine.Problem.StationNotRoutingIndicator)
            _diagnostics.Warn(EnvelopeCodes.DeStationNotRoutingIndicator, line, de.IssueOffset, "The DE line names a station that is not a routing indicator.");
    }

    /// <summary>FM / TO / INFO / XMT, possibly with a page header or a second keyword after the first.</summary>
    private bool TryAddressKeywordLine(SourceLine line, ReadOnlySpan<char> text)
    {
        var offset = HeadingText.SkipSpaces(text, 0);
        var list = KeywordAt(text, offset, out var keywordLength);
        if (list == List.None) return false;
        while (list != List.None)
        {
            Rank(line, list switch { List.From => 6, List.To => 7, List.Info => 8, _ => 9 }, Phase.Address);
            _current = list;
            offset = HeadingText.SkipSpaces(text, offset + keywordLength);
            list = KeywordAt(text, offset, out keywordLength);
        }
        var rest = text[offset..];
        if (!rest.IsEmpty && PageHeader.TryMatch(rest, out var headerLength))
        {
            _diagnostics.Info(EnvelopeCodes.PageHeaderInAddress, line, offset, "A page header inside the address block was dropped.");
            rest = rest[headerLength..];
            offset += headerLength;
        }
        if (rest.IsEmpty)
        {
            if (_current == List.From)
                _diagnostics.Warn(EnvelopeCodes.EmptyAddress, line, offset, "The FM line names no originator.");
            return true;
        }
        Add(line, offset, rest);
        return true;
    }

    private static List KeywordAt(ReadOnlySpan<char> text, int offset, out int length)
    {
        var rest = text[offset..];
        (var list, length) =
            HeadingText.StartsWithWord(rest, "FM") ? (List.From, 2)
            : HeadingText.StartsWithWord(rest, "TO") ? (List.To, 2)
            : HeadingText.StartsWithWord(rest, "INFO") ? (List.Info, 4)
            : HeadingText.StartsWithWord(rest, "XMT") || rest.StartsWith("XMT/") ? (List.Exempted, rest.Length > 3 && rest[3] == '/' ? 4 : 3)
            : (List.None, 0);
        return list;
    }

    private static bool IsAddressKeywordLine(ReadOnlySpan<char> text) =>
        KeywordAt(text, HeadingText.SkipSpaces(text, 0), out _) != List.None || text.Trim().SequenceEqual("BT");

    private void AddContinuation(SourceLine line, ReadOnlySpan<char> text)
    {
        if (PageHeader.TryMatch(line.Span, out var headerLength))
        {
            _diagnostics.Info(EnvelopeCodes.PageHeaderInAddress, line, 0, "A page header inside the address block was dropped.");
            text = text[headerLength..];
            if (text.IsEmpty) return;
        }
        if (_current == List.From)
        {
            _diagnostics.Warn(EnvelopeCodes.AddresseeWithoutKeyword, line, 0, "An addressee line came before any TO keyword; it was taken as an action addressee.");
            _current = List.To;
        }
        Add(line, 0, text);
    }

    private void Add(SourceLine line, int offset, ReadOnlySpan<char> text)
    {
        var addressee = AddresseeLine.Parse(text);
        if (addressee is null) return;
        switch (_current)
        {
            case List.From:
                if (_from is null) _from = addressee;
                else Repeated(line);
                break;
            case List.To: _to.Add(addressee); break;
            case List.Info: _info.Add(addressee); break;
            case List.Exempted: _exempted.Add(addressee); break;
            default:
                _diagnostics.Warn(EnvelopeCodes.AddresseeWithoutKeyword, line, offset, "An addressee line came before any TO keyword; it was taken as an action addressee.");
                _to.Add(addressee);
                break;
        }
    }

    /// <summary>Lines that archives add; <paramref name="endsHeading"/> when the line closes the address block.</summary>
    private bool TryArchiveLine(SourceLine line, ReadOnlySpan<char> text, out bool endsHeading)
    {
        endsHeading = false;
        if (PageHeader.TryMatch(line.Span, out var length))
        {
            if (length < text.Length && _phase == Phase.Address)
            {
                // A page header glued to an address line: keep the address.
                _diagnostics.Info(EnvelopeCodes.PageHeaderInAddress, line, 0, "A page header inside the address block was dropped.");
                Add(line, length, text[length..]);
            }
            return true;
        }
        if (ArchiveLines.IsMediaDateLine(text))
        {
            endsHeading = _phase == Phase.Address;
            return true;
        }
        if (ArchiveLines.IsBareDtg(text, out var outcome, out var created))
        {
            if (outcome == DateTimeGroup.Outcome.Valid) _archiveCreated ??= created;
            else ReportDtg(line, outcome, HeadingText.SkipSpaces(text, 0));
            return true;
        }
        return ArchiveLines.IsPartialExtractNote(text) || ArchiveLines.IsBanner(text) || ArchiveLines.IsMirrorMetadata(text);
    }

    /// <summary>True when a line looks like the start of the text rather than an address.</summary>
    private static bool LooksLikeText(ReadOnlySpan<char> text)
    {
        var t = HeadingText.TrimBlanks(text);
        if (HeadingText.HasLowerCase(t) || t.SequenceEqual("NNNN")) return true;
        if (t.StartsWith("¶") || t.StartsWith("E.O.") || t.StartsWith("EO 12") || t.StartsWith("TAGS") || t.StartsWith("SUBJECT")
            || t.StartsWith("SUBJ:") || t.StartsWith("REF:") || t.StartsWith("SIPDIS") || t.StartsWith("CLASSIFIED BY"))
            return true;
        // A numbered paragraph: "1." or "1. (C)".
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        return digits is > 0 and <= 2 && digits < t.Length && t[digits] == '.';
    }

    /// <summary>
    /// Leftovers of a wrapper (e-mail headers, a telegram viewer's banner) before the heading: when the first
    /// line is no heading line but a transmission identification or preamble follows within a few lines,
    /// the heading starts there.
    /// </summary>
    private int SkipLeadingJunk(int start)
    {
        var first = NextNonBlank(start);
        if (first < 0 || IsHeadingLine(_lines[first].Span)) return start;
        var end = Math.Min(_lines.Count, first + LookaheadLines);
        for (var i = first + 1; i < end; i++)
        {
            var text = _lines[i].Span;
            if (!TransmissionIdLine.TryParse(text, out _) && !PreambleLine.TryParse(text, out _)) continue;
            _diagnostics.Warn(EnvelopeCodes.LinesBeforeHeading, _lines[first], 0, "Lines before the heading were not understood and were skipped.");
            return i;
        }
        return start;
    }

    /// <summary>True for any line the heading reader knows (without reading it).</summary>
    private static bool IsHeadingLine(ReadOnlySpan<char> text)
    {
        return TransmissionIdLine.TryParse(text, out _) || PilotLine.IsPilot(text) || RoutingLine.TryParseStart(text, out _, out _)
            || DeLine.TryParse(text, out _) || SecurityWarningLine.TryParse(text, out _) || PreambleLine.TryParse(text, out _)
            || IsAddressKeywordLine(text) || DistributionBlock.IsStart(text) || PageHeader.TryMatch(text, out _)
            || ArchiveLines.IsPartialExtractNote(text) || ArchiveLines.IsBareDtg(text, out _, out _) || ArchiveLines.IsBanner(text)
            || ArchiveLines.IsMediaDateLine(text) || ArchiveLines.IsMirrorMetadata(text);
    }

    /// <summary>
    /// After an unknown line before the address block: true when a heading construct follows within a few lines
    /// (the unknown line is junk inside the heading), false when the text seems to start here.
    /// </summary>
    private bool HeadingGoesOn(int from)
    {
        var end = Math.Min(_lines.Count, from + LookaheadLines);
        for (var i = from; i < end; i++)
        {
            var text = _lines[i].Span;
            if (_lines[i].IsBlank) continue;
            if (TextStartLine.IsTextStart(text) || IsAddressKeywordLine(text) || PreambleLine.TryParse(text, out _)
                || DeLine.TryParse(text, out _) || TransmissionIdLine.TryParse(text, out _) || ArchiveLines.IsMirrorMetadata(text))
                return true;
            if (LooksLikeText(text) && !ArchiveLines.IsPartialExtractNote(text)) return false;
        }
        return false;
    }

    private int NextNonBlank(int from)
    {
        for (var i = from; i < _lines.Count; i++)
            if (!_lines[i].IsBlank) return i;
        return -1;
    }

    /// <summary>Moves past blank lines and a media-partner date line to the first line of the text.</summary>
    private int SkipToText(int index)
    {
        var i = index;
        while (i < _lines.Count && (_lines[i].IsBlank || ArchiveLines.IsMediaDateLine(_lines[i].Span))) i++;
        return i < _lines.Count ? i : index;
    }

    private void Rank(SourceLine line, int rank, Phase phase)
    {
        if (rank < _lastRank && rank <= 6)
            _diagnostics.Warn(EnvelopeCodes.OutOfOrder, line, 0, "A heading line comes after lines that the ACP-127 order puts behind it.");
        _lastRank = Math.Max(_lastRank, rank);
        _phase = phase;
        if (phase != Phase.Address) _current = List.None;
    }

    private void Repeated(SourceLine line) =>
        _diagnostics.Info(EnvelopeCodes.RepeatedLine, line, 0, "A heading line was repeated; the first one was kept.");

    private Envelope Build() => new()
    {
        Transmission = BuildTransmission(),
        Precedence = _precedence,
        InfoPrecedence = _infoPrecedence,
        Created = _created ?? _archiveCreated,
        From = _from,
        To = _to.ToEquatableList(),
        Info = _info.ToEquatableList(),
        Exempted = _exempted.ToEquatableList(),
    };

    private Transmission? BuildTransmission()
    {
        if (_transmissionId is null && !_hasRoutingLine && _de is null && _warning is null) return null;
        return new Transmission
        {
            TransmissionId = _transmissionId is { Id.Length: > 0 } t ? t.Id : null,
            Channel = _transmissionId?.Channel,
            ChannelSerial = _transmissionId?.Serial,
            RoutingPrecedence = _routingPrecedence,
            RoutingIndicators = _routingIndicators.ToEquatableList(),
            OriginatingStation = _de?.Station,
            StationSerial = _de?.Serial,
            Section = _de?.Section,
            FilingTime = _de?.FilingTime,
            SecurityWarning = _warning?.Level,
            SecurityWarningText = _warning?.Text,
            OperatingSignals = _warning?.Signals ?? EquatableList<string>.Empty,
        };
    }
}
