package dev.frontline.intake;

import java.util.List;

/** Submitted complaints break the contract; nothing of the submission was stored. */
public class InvalidComplaintsException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidComplaintsException(List<FieldProblem> problems) {
		super(problems.size() + " invalid field(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
