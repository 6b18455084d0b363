import { Component, type ReactNode } from "react";
import type { Messages } from "../messages";

interface ErrorBoundaryProps {
  messages: Messages;
  children: ReactNode;
}

/** A rendering error shows what happened and how to recover instead of a blank pane. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16 }}>
        <p>{this.props.messages.errors.generic(error.message)}</p>
        <p>{this.props.messages.errors.reopen}</p>
      </div>
    );
  }
}
