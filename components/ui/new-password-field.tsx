import { Field } from "./field";

/** A password being chosen: the length rule shown up front, the browser told not to autofill an old one. */
export function NewPasswordField(props: { label: string; hint: string; error?: string }) {
  return (
    <Field
      name="password"
      type="password"
      label={props.label}
      hint={props.hint}
      autoComplete="new-password"
      required
      minLength={8}
      error={props.error}
    />
  );
}
