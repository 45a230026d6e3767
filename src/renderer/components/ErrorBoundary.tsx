import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

export type ErrorBoundaryProps = {
  /** When it changes (e.g. the route), a shown error is cleared and the children mount again. */
  resetKey: string;
  onError: (error: unknown, componentStack: string | null | undefined) => void;
  /** What shows instead of the children; `retry` mounts them afresh. */
  fallback: (args: { error: unknown; retry: () => void }) => ReactNode;
  children: ReactNode;
};

type State = { failure: { error: unknown } | null; resetKey: string; attempt: number };

/** Catches render errors below it (React needs a class for that); retry re-mounts the children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey
      ? null
      : { failure: null, resetKey: props.resetKey, attempt: state.attempt + 1 };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError(error, info.componentStack);
  }

  retry = (): void => {
    this.setState((state) => ({ failure: null, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    const { failure, attempt } = this.state;
    if (failure) return this.props.fallback({ error: failure.error, retry: this.retry });
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
