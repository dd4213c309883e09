import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { signOutMutation } from '../features/auth/operations';
import { useAuth } from './AuthContext';

/**
 * Signing out is a POST (the signOut mutation), never a link, so a stray
 * prefetch or image tag cannot sign someone out.
 */
export function SignOutButton() {
  const [signOut, { loading }] = useMutation(signOutMutation);
  const { refresh } = useAuth();
  const navigate = useNavigate();

  const onClick = async () => {
    try {
      await signOut();
    } finally {
      await navigate('/signed-out');
      await refresh();
    }
  };

  return (
    <button
      type="button"
      className="app-header__link app-header__button"
      onClick={() => void onClick()}
      disabled={loading}
    >
      {loading ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
