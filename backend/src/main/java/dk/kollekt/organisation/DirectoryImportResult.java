package dk.kollekt.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one HR import changed. */
@Schema(name = "DirectoryImportResult")
public record DirectoryImportResult(int rows, int employeesCreated, int employeesUpdated, int employeesMoved,
                                    int employeesUnchanged, int locationsCreated, int departmentsCreated) {
}
