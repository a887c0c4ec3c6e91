// Gradio users write `gr.Textbox(...)`, never `new gr.Textbox(...)`, yet
// issue #5's custom components `extend gr.HTML`. A Proxy whose apply trap
// constructs gives both: call it bare, or subclass it like any class.

type Ctor<T, A extends unknown[]> = new (...args: A) => T;

export type Callable<C extends Ctor<unknown, never[]>> = C & ((...args: ConstructorParameters<C>) => InstanceType<C>);

export function callable<C extends Ctor<unknown, never[]>>(ctor: C): Callable<C> {
  return new Proxy(ctor, {
    apply: (target, _self, args) => Reflect.construct(target, args),
  }) as Callable<C>;
}
