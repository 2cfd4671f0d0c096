package dev.akis.engine.message;

/**
 * Tells the channel that a human team takes over: the runtime routes the conversation to the team's inbox,
 * the simulator shows a banner. Customers do not read it (the Handoff block's own text goes out as a
 * {@link TextMessage}).
 */
public record HandoffNotice(String team, String reason) implements OutgoingMessage {

    public HandoffNotice {
        team = team == null ? "" : team;
        reason = reason == null ? "" : reason;
    }

    @Override
    public String text() {
        return "";
    }

    @Override
    public String readableText() {
        return "→ " + team + (reason.isEmpty() ? "" : " · " + reason);
    }
}
