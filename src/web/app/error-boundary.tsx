import { Component, type ReactNode } from 'react';

/**
 * Catches a page that fails to load or render (e.g. a chunk lost after a redeploy) so the
 * shell and navigation stay usable; `fallback` shows the error and a retry.
 */
export class ErrorBoundary extends Component<
  { resetKey: string; fallback: (error: Error, retry: () => void) => ReactNode; children: ReactNode },
  { error: Error | undefined; resetKey: string }
> {
  state = { error: undefined as Error | undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: Error | undefined; resetKey: string },
  ) {
    // Navigating elsewhere clears the error.
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  render() {
    if (this.state.error)
      return this.props.fallback(this.state.error, () => this.setState({ error: undefined }));
    return this.props.children;
  }
}
