package org.xingfeng.evaluations.core.internal;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Receipt;

/**
 * The intake inside the module: a submission with work that commits or rolls back with the evaluation (a staff
 * entry's audit entry, written in the writer's batch transaction once the evaluation is inserted). A failure of that
 * work fails the submission alone, and nothing of it is stored.
 */
public interface EvaluationIntake {

    CompletionStage<Receipt> submit(EvaluationSubmission submission, Consumer<Receipt> inTransaction);
}
