using Chancery.Cables.Reading.Text;

namespace Chancery.Cables.Reading;

/// <summary>Reads one cable from its lines: heading, text header, body, and the canonical reference id.</summary>
internal static class CableAssembler
{
    private const int TextStartSearchLines = 150;

    // When the heading was not recognised, the text still starts at the first classification line
    // that carries a message number.
    private static int? FindMessageNumberLine(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + TextStartSearchLines; i++)
            if (ClassificationLine.TryParse(lines[i].Span) is { Serial: not null }) return i;
        return null;
    }

    // The DE line's station serial is the message serial modulo 10000 (#3673 for STATE 083673).
    private static bool ContradictsHeading(int? serial, Envelope envelope) =>
        serial is { } s && envelope.Transmission?.StationSerial is { } ssn && ssn > 0 && s % 10000 != ssn % 10000;

    private const int DateStampLines = 12;

    // Without a preamble line, the text may still state its DTG: a "Cable dated:" stamp or a media
    // partner's date line near the top, or the DTG line an archive printed above a copy further down.
    private static DateTime? FindDateStamp(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count && i < DateStampLines; i++)
            if ((CableDatedLines.ReadStamp(lines[i].Span) ?? MediaDateLine.TryRead(lines[i].Span)) is { } d) return d;
        for (var i = 0; i < lines.Count; i++)
            if (DtgLine.TryRead(lines[i].Span) is { } d) return d;
        return null;
    }

    // How much of a text header was found: the copy that says more is the one to keep.
    private static int Richness(TextHeader header) =>
        (header.SubjectText is not null ? 1 : 0) + (header.Tags.Count > 0 ? 1 : 0) + (header.ExecutiveOrderText is not null ? 1 : 0);

    private const int TruncationMarkLinesAfterHeader = 12;

    // The archive marks a cut copy with a line of its own reading "...", or a line ending in "...".
    private static bool HasTruncationMark(IReadOnlyList<SourceLine> lines, int textStart, int bodyStart)
    {
        for (var i = textStart; i < lines.Count && i < bodyStart + TruncationMarkLinesAfterHeader; i++)
            if (lines[i].Span.EndsWith("...", StringComparison.Ordinal)) return true;
        return false;
    }

    private static int? FindRepeatedText(IReadOnlyList<SourceLine> lines, int from, int serial)
    {
        for (var i = from; i < lines.Count; i++)
            if (ClassificationLine.TryParse(lines[i].Span) is { Serial: { } s } && s == serial) return i;
        return null;
    }

    private static int? InferCitingYear(ExecutiveOrder? executiveOrder, LazyText body)
    {
        var text = body.Render(out var rented);
        try
        {
            return CitingYear.Infer(executiveOrder, text);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Reads lines[start..end) as one cable.</summary>
    public static Cable Read(List<SourceLine> all, int start, int end, CableSource source)
    {
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<SourceLine> lines = start == 0 && end == all.Count ? all : new LineRange(all, start, end - start);
        var index = 0;
        var envelope = EnvelopeParser.Parse(lines, ref index, diagnostics);
        var header = TextHeaderParser.Parse(lines, index, diagnostics);
        if (header.ClassificationLine is null && FindMessageNumberLine(lines, index) is { } textStart)
            header = TextHeaderParser.Parse(lines, textStart, new DiagnosticBag());
        if (header.ClassificationLine?.Serial is { } own
            && (header.SubjectText is null || header.Tags.Count == 0 || HasTruncationMark(lines, index, header.BodyStart))
            && FindRepeatedText(lines, header.BodyStart, own) is { } again)
        {
            // Archive pages that show a truncated copy first ("E.O. 129...") carry the whole text again below.
            var second = TextHeaderParser.Parse(lines, again, new DiagnosticBag());
            if (Richness(second) > Richness(header) || second.SubjectText is not null)
            {
                foreach (var caption in header.Captions) second.AddCaption(caption);
                header = second;
            }
        }
        var sectionNumber = header.ClassificationLine?.Section;
        var body = BodyParser.Parse(lines, header.BodyStart, lines.Count, diagnostics,
            continuesNumbering: sectionNumber > 1, endsMessage: sectionNumber is null || sectionNumber >= header.ClassificationLine!.SectionCount);

        var classificationLine = header.ClassificationLine;
        var created = envelope.Created ?? FindDateStamp(lines);
        var yy = created?.Year % 100;
        var station = classificationLine?.Station is { Length: > 0 } s ? StationNames.Canonical(s) : null;
        var serial = classificationLine?.Serial;
        if (ContradictsHeading(serial, envelope) && OriginNames.FromAddress(envelope.From?.Address) is { } fromStation)
        {
            diagnostics.Warn("CHN0204", lines[Math.Min(header.BodyStart, lines.Count - 1)], 0,
                $"The message number {station} {serial} contradicts the heading (DE serial {envelope.Transmission!.StationSerial}); the heading is used.");
            station = fromStation;
            serial = envelope.Transmission!.StationSerial;
        }
        if (station is null || serial is null)
        {
            station ??= OriginNames.FromAddress(envelope.From?.Address);
            serial ??= envelope.Transmission?.StationSerial;
        }
        var referenceId = yy is not null && station is not null && serial is not null ? $"{yy:00}{station}{serial}" : null;
        var (subject, subjectMarking) = header.SubjectText is null ? (null, null) : SubjectText.Parse(header.SubjectText);
        var sections = classificationLine?.SectionCount is { } count && classificationLine.Section is { } section
            ? new SectionInfo(count, [section])
            : null;

        var executiveOrder = header.ExecutiveOrderText is null ? null : ExecutiveOrderText.Parse(header.ExecutiveOrderText);
        var referenceYear = yy;
        if (referenceYear is null && header.ReferenceText is not null && InferCitingYear(executiveOrder, body.Body) is { } inferred)
        {
            referenceYear = inferred;
            diagnostics.Info("CHN0205", lines[Math.Min(Math.Max(0, header.BodyStart - 1), lines.Count - 1)], 0,
                $"The text has no date-time group; references without a year are taken to be from {(inferred < 66 ? 2000 : 1900) + inferred} (from the declassification date).");
        }
        return new Cable
        {
            Source = source,
            ReferenceId = referenceId,
            Origin = referenceId is null ? station : station,
            Serial = serial,
            Created = created,
            Precedence = envelope.Precedence,
            InfoPrecedence = envelope.InfoPrecedence,
            Classification = classificationLine?.Level ?? envelope.Transmission?.SecurityWarning,
            Captions = [.. header.Captions],
            Sections = sections,
            Transmission = envelope.Transmission,
            From = envelope.From,
            To = envelope.To,
            Info = envelope.Info,
            Exempted = envelope.Exempted,
            ForLines = [.. header.ForLines],
            ExecutiveOrder = executiveOrder,
            ClassifiedBy = header.ClassifiedByText is null ? null : ClassifiedByText.Parse(header.ClassifiedByText),
            Tags = [.. header.Tags],
            Subject = subject,
            SubjectMarking = subjectMarking,
            References = header.ReferenceText is null ? EquatableList<Reference>.Empty : [.. ReferencesText.Parse(header.ReferenceText, referenceYear)],
            Summary = body.Summary,
            Paragraphs = [.. body.Paragraphs],
            Signature = body.Signature,
            LazyBody = body.Body,
            Diagnostics = diagnostics.ToList(),
        };
    }
}
