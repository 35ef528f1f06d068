import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children once one of them threw while rendering. */
  fallback: (error: unknown) => ReactNode;
  /** A new key (another route, another record) gives the children another try. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failedKey: string | undefined;
  failed: boolean;
}

/**
 * Keeps one unreadable record from blanking a whole page: a stored value React cannot show
 * (a date outside what `Date` can hold throws "Invalid time value") ends at the nearest
 * boundary, which shows a way out instead of nothing.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failedKey: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failed && state.failedKey !== undefined && props.resetKey !== state.failedKey) {
      return { error: undefined, failed: false, failedKey: undefined };
    }
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey ?? '' });
    // Kept for whoever opens the console to report it; the page itself stays usable.
    console.error('A view could not be shown', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
