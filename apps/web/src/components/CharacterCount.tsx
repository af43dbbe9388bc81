import { CharacterCount as NhsCharacterCount, type CharacterCountProps } from 'nhsuk-react-components';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

/**
 * The NHS.UK character count, kept in step with its value. nhsuk-frontend's script counts on the textarea's `input`
 * events only, so a box the app empties (a comment added, an action saved) or fills (text brought back) kept showing
 * the old count: each time the value changes, the script is told to count again. (React ignores the event: the value
 * it tracks has not changed.)
 */
export const CharacterCount = forwardRef<HTMLTextAreaElement, CharacterCountProps>(function CharacterCount(props, forwardedRef) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(forwardedRef, () => textarea.current as HTMLTextAreaElement, []);
  const { value } = props;
  useEffect(() => {
    textarea.current?.dispatchEvent(new Event('input'));
  }, [value]);
  return <NhsCharacterCount {...props} ref={textarea} />;
});
