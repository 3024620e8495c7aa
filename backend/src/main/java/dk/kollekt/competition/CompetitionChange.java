package dk.kollekt.competition;

import dk.kollekt.common.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What may change once a competition runs: its description and its end (extended or brought forward). */
@Schema(name = "CompetitionChange")
public record CompetitionChange(@PlainText @Size(max = 2000) String description, LocalDate endsOn) {
}
