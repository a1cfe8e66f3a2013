import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * A react-hook-form field for a react-aria input: its value and handlers, its state, and apart from
 * them the ref for the element that takes the focus on an error (React reads refs only when it mounts).
 */
export function useFormField<T extends FieldValues>(control: Control<T>, name: Path<T>) {
  const {
    field: { ref, ...field },
    fieldState,
  } = useController({ control, name });
  return { ref, field, fieldState };
}
